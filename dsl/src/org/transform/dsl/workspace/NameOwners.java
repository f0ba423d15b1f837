package org.transform.dsl.workspace;

import java.util.Collection;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.naming.QualifiedName;

/**
 * An index that tells which files export a name from its name table alone, without reading the files'
 * descriptions. A check that asks for every element of the edited plan whether another file declares
 * its name then costs one table look-up per element: asking the index for the described objects reads
 * the edited plan's own new description, whose name look-up Xtext builds again on every keystroke.
 */
public interface NameOwners {

	/**
	 * The files whose descriptions export the name, compared ignoring case, in the order the index
	 * lists them for {@code getExportedObjects}; empty when none does.
	 */
	Collection<URI> filesExporting(QualifiedName name);
}

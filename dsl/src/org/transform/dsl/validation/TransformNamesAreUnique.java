package org.transform.dsl.validation;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.validation.NamesAreUniqueValidationHelper;

/**
 * Duplicate names inside one file, reported with Transform's code and wording. Every element of a
 * file shares one namespace (a team and a tool may not both be called Sales), as its qualified
 * name is the header's name and its own.
 */
public class TransformNamesAreUnique extends NamesAreUniqueValidationHelper {

	@Override
	protected String getErrorCode() {
		return IssueCodes.DUPLICATE_NAME;
	}

	@Override
	public String getDuplicateNameErrorMessage(IEObjectDescription description, EClass clusterType, EStructuralFeature feature) {
		String kind = Labels.kind(description.getEClass());
		return "The " + kind + " '" + description.getName().getLastSegment() + "' has the same name as something else declared in this file: "
				+ "a name means one thing — rename one of them.";
	}
}

package org.transform.dsl.validation;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.validation.NamesAreUniqueValidationHelper;

/** Duplicate names inside one file, reported with Transform's code and wording. */
public class TransformNamesAreUnique extends NamesAreUniqueValidationHelper {

	@Override
	protected String getErrorCode() {
		return IssueCodes.DUPLICATE_NAME;
	}

	@Override
	public String getDuplicateNameErrorMessage(IEObjectDescription description, EClass clusterType, EStructuralFeature feature) {
		String kind = Labels.kind(clusterType);
		return "Two " + kind + "s are named '" + description.getName().getLastSegment() + "' in this file: a name means one thing — rename one of them.";
	}
}

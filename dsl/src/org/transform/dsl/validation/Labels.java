package org.transform.dsl.validation;

import org.eclipse.emf.ecore.EClass;
import org.transform.dsl.model.ModelPackage;

/** How the language's concepts are called in messages: the keyword the author writes. */
public final class Labels {

	private Labels() {
	}

	public static String kind(EClass type) {
		if (type == ModelPackage.Literals.LEVER_CHANGE) {
			return "change";
		}
		if (type == ModelPackage.Literals.MEASUREMENTS) {
			return "measurements";
		}
		return type.getName().toLowerCase();
	}

	/** "a team", "an indicator". */
	static String withArticle(String kind) {
		return ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
	}
}

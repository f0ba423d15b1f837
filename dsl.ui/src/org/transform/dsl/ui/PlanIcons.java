package org.transform.dsl.ui;

import java.util.Locale;
import java.util.Set;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ImageRegistry;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.graphics.Image;
import org.transform.dsl.model.ModelPackage;

/**
 * The icons of plan elements (drawn for this editor, {@code icons/}): a goal is a target, an
 * indicator a bar chart, a practice a tick, a change a diamond (a lever), a team two people, a tool a
 * spanner, a channel an arrow, a policy a sheet, a plan a map, an organization a building,
 * measurements a table. Each has a 32-pixel {@code @2x} variant for high-resolution screens.
 */
public final class PlanIcons {

	/** The element keywords that have an icon. */
	public static final Set<String> KINDS = Set.of("goal", "indicator", "practice", "change", "team", "tool", "channel", "policy", "plan",
			"organization", "measurements");

	public static final String DIAGRAM = "diagram";
	public static final String WIZARD_BANNER = "wizard-banner";

	private PlanIcons() {
	}

	/** The icon of an element kind ({@code goal}, {@code change} ...), or null for a kind without one. */
	public static Image of(String kind) {
		if (kind == null || !(KINDS.contains(kind) || DIAGRAM.equals(kind) || WIZARD_BANNER.equals(kind))) {
			return null;
		}
		ImageRegistry registry = JFaceResources.getImageRegistry();
		String key = "org.transform.dsl.ui/" + kind;
		if (registry.getDescriptor(key) == null) {
			registry.put(key, descriptor(kind));
		}
		return registry.get(key);
	}

	/** The icon of an element by its model class ({@code Indicator}, {@code LeverChange} ...), or null for a class without one. */
	public static Image ofModelClass(String modelClass) {
		return modelClass == null ? null : of(ModelPackage.Literals.LEVER_CHANGE.getName().equals(modelClass) ? "change" : modelClass.toLowerCase(Locale.ROOT));
	}

	public static ImageDescriptor descriptor(String kind) {
		return ResourceLocator.imageDescriptorFromBundle(PlanIcons.class, "icons/" + kind + ".png").orElse(ImageDescriptor.getMissingImageDescriptor());
	}

	/** The icon of an outline entry, by the element's keyword (the first word of its details, or of its name for measurements). */
	public static Image of(DocumentSymbol symbol) {
		return of(kind(symbol));
	}

	/** The element keyword of an outline entry: {@code goal}, {@code change} ..., or null. */
	public static String kind(DocumentSymbol symbol) {
		for (String text : new String[] {symbol.getDetail(), symbol.getName()}) {
			if (text != null && !text.isBlank()) {
				String word = text.strip().split("[\\s(]", 2)[0].toLowerCase(Locale.ROOT);
				if (KINDS.contains(word)) {
					return word;
				}
			}
		}
		return null;
	}
}

package org.transform.dsl.ui.problems;

import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.views.markers.MarkerField;
import org.eclipse.ui.views.markers.MarkerItem;
import org.transform.dsl.ui.PlanIcons;
import org.transform.dsl.ui.workspace.Findings;

/**
 * The Problems view's Element column: the plan element a finding is on, by its icon (the outline's)
 * and its qualified name. Empty for other markers, for findings outside the elements and for the rows
 * that group findings.
 */
public class ElementField extends MarkerField {

	/** The field's id in the marker support extension. */
	public static final String ID = "org.transform.dsl.ui.problems.element";

	@Override
	public String getValue(MarkerItem item) {
		return item.getMarker() == null ? "" : item.getAttributeValue(Findings.ELEMENT, "");
	}

	/** The icon of the element's kind, or null. */
	public Image getImage(MarkerItem item) {
		return item.getMarker() == null ? null : PlanIcons.ofModelClass(item.getAttributeValue(Findings.ELEMENT_KIND, null));
	}

	/** Half as wide again as the platform's default: room for the icon and a qualified name. */
	@Override
	public int getDefaultColumnWidth(Control control) {
		return super.getDefaultColumnWidth(control) * 3 / 2;
	}

	@Override
	public void update(ViewerCell cell) {
		if (cell.getElement() instanceof MarkerItem item) {
			cell.setText(getValue(item));
			cell.setImage(getImage(item));
		}
	}
}

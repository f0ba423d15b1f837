package org.transform.dsl.analysis;

import java.math.BigDecimal;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.transform.dsl.model.Measurement;
import org.transform.dsl.model.Measurements;

/**
 * One dated value of an indicator, written inline ({@link #inline()} is set) or read from a row of a
 * CSV file ({@link #csvLine()} is its 1-based line number).
 */
public record MeasuredValue(PlanDate date, BigDecimal value, Measurements block, Measurement inline, int csvLine) {

	public boolean fromCsv() {
		return inline == null;
	}

	/**
	 * Where the value was written, as {@code file:line}: {@code data/sales-cycle.csv:4} for a CSV row
	 * (the path as the plan writes it), {@code sales.transform:12} for an inline value.
	 */
	public String origin() {
		if (fromCsv()) {
			return block.getFile() + ":" + csvLine;
		}
		String file = inline.eResource() == null ? "" : inline.eResource().getURI().lastSegment();
		INode node = NodeModelUtils.getNode(inline);
		return node == null ? file : file + ":" + node.getStartLine();
	}
}

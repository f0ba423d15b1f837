package org.transform.dsl.analysis;

import java.math.BigDecimal;

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

	/** Where the value was written, for messages: "line 4 of sales-cycle.csv" or the inline date. */
	public String origin() {
		return fromCsv() ? "line " + csvLine + " of " + block.getFile() : "the value dated " + date;
	}
}

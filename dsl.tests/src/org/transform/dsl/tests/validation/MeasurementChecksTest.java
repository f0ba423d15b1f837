package org.transform.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.transform.dsl.validation.IssueCodes.DATES_OUT_OF_ORDER;
import static org.transform.dsl.validation.IssueCodes.MEASUREMENT_FILE;
import static org.transform.dsl.validation.IssueCodes.MEASUREMENT_OUT_OF_RANGE;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.transform.dsl.model.Goal;
import org.transform.dsl.model.LeverChange;
import org.transform.dsl.model.Measurements;
import org.transform.dsl.model.TransformFile;
import org.transform.dsl.tests.TransformInjectorProvider;

import com.google.inject.Inject;

/**
 * Measurements and dates: measurement-out-of-range (period, duplicates inline and in CSV files,
 * percentages, rows that are not numbers), measurement-file and dates-out-of-order. CSV files are
 * real files next to the plan, found relative to it.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TransformInjectorProvider.class)
public class MeasurementChecksTest {

	@Inject
	private Workspace workspace;

	@BeforeEach
	void openWorkspace(@TempDir Path folder) {
		workspace.in(folder);
	}

	/** A plan for 2026-01 to 2027-12 with SalesCycle (days) and ConversionRate (%), then the measurements. */
	private TransformFile plan(String measurements) {
		return workspace.file("plan.transform", """
				plan SalesTransformation { period 2026-01 to 2027-12 }
				indicator SalesCycle { unit days  better lower  measured-by "Median days to signature"  baseline 94 on 2026-01-31 }
				indicator ConversionRate { unit "%"  better higher  measured-by "Won offers / issued offers"  baseline 22 on 2026-01-31 }
				""" + measurements);
	}

	private static Measurements block(TransformFile plan, int index) {
		return plan.getElements().stream().filter(Measurements.class::isInstance).map(Measurements.class::cast).toList().get(index);
	}

	// ------------------------------------------------------------------ measurement-out-of-range

	@Test
	public void aFileThatContinuesThePlanIsCheckedAgainstThePeriodStatedElsewhere() {
		plan("");
		TransformFile continuation = workspace.file("more-measurements.transform", """
				plan SalesTransformation
				measurements SalesCycle { 2027-12-31: 70  2031-01-31: 60 }
				""");
		Measurements block = block(continuation, 0);
		workspace.assertError(block.getValues().get(1), MEASUREMENT_OUT_OF_RANGE, "dated 2031-01-31 is outside the plan's period 2026-01 to 2027-12");
		workspace.assertNoIssue(continuation, org.transform.dsl.validation.IssueCodes.DATES_OUT_OF_ORDER);
		assertEquals(1, workspace.validate(continuation).size(), () -> workspace.validate(continuation).toString());
	}

	@Test
	public void aCleanSeriesInlineAndFromCsvIsFine() {
		workspace.data("data/sales-cycle.csv", """
				date,value
				# monthly export from the CRM

				2026-02-28,92
				2026-03-31, 90.5
				""");
		TransformFile plan = plan("""
				measurements SalesCycle from "data/sales-cycle.csv" { 2026-04-30: 88 }
				measurements ConversionRate { 2026-01: 0  2026-06-30: 24.5  2027-12-31: 100 }
				""");
		workspace.assertNoIssues(plan);
	}

	@Test
	public void measurementsBeforeOrAfterThePlansPeriodAreErrors() {
		TransformFile plan = plan("""
				measurements SalesCycle { 2025-12-31: 96  2026-01-31: 94  2027-12-31: 61  2028-01: 60 }
				""");
		Measurements block = block(plan, 0);
		workspace.assertError(block.getValues().get(0), MEASUREMENT_OUT_OF_RANGE,
				"dated 2025-12-31 is outside the plan's period 2026-01 to 2027-12", "or widen the period");
		workspace.assertError(block.getValues().get(3), MEASUREMENT_OUT_OF_RANGE, "dated 2028-01 is outside the plan's period");
		assertEquals(2, workspace.issues(plan, MEASUREMENT_OUT_OF_RANGE).size());
	}

	@Test
	public void aDateMeasuredTwiceInlineIsAnErrorOnTheSecondValue() {
		TransformFile plan = plan("""
				measurements SalesCycle {
				    2026-02-28: 92
				    2026-02-28: 91
				}
				""");
		workspace.assertError(block(plan, 0).getValues().get(1), MEASUREMENT_OUT_OF_RANGE,
				"'SalesCycle' is measured twice on 2026-02-28 (also at plan.transform:5)", "keep one value per date");
		assertEquals(1, workspace.issues(plan, MEASUREMENT_OUT_OF_RANGE).size());
	}

	@Test
	public void aDateMeasuredInlineAndInTheCsvFileIsAnErrorNamingTheRow() {
		workspace.data("data/sales-cycle.csv", """
				date,value
				2026-02-28,92
				2026-03-31,90
				""");
		TransformFile plan = plan("""
				measurements SalesCycle from "data/sales-cycle.csv" { 2026-03-31: 90 }
				""");
		var issue = workspace.assertError(block(plan, 0), MEASUREMENT_OUT_OF_RANGE,
				"data/sales-cycle.csv:3: Indicator 'SalesCycle' is measured twice on 2026-03-31 (also at plan.transform:4)");
		assertEquals("3", issue.getData()[0]);
	}

	/** The later block is the one of the file whose path comes later, whichever face loaded the files in whichever order. */
	@Test
	public void aDateMeasuredInTwoFilesIsAnErrorInTheBlockOfTheLaterFile() {
		TransformFile plan = plan("""
				measurements SalesCycle { 2026-02-28: 92 }
				""");
		workspace.file("more.transform", """
				plan SalesTransformation { period 2026-01 to 2027-12 }
				measurements SalesCycle { 2026-02-28: 93 }
				""");
		workspace.assertError(block(plan, 0).getValues().get(0), MEASUREMENT_OUT_OF_RANGE, "also at more.transform:2");
	}

	@Test
	public void aPercentageAbove100IsAnErrorOnTheValue() {
		TransformFile plan = plan("""
				measurements ConversionRate { 2026-03-31: 150 }
				""");
		workspace.assertError(block(plan, 0).getValues().get(0), MEASUREMENT_OUT_OF_RANGE,
				"is 150, which is not a percentage (0 to 100) as its unit '%' says");
	}

	@Test
	public void aNegativePercentageInTheCsvFileIsAnErrorNamingTheRow() {
		workspace.data("conversion.csv", """
				2026-02-28,21
				2026-03-31,-4
				""");
		TransformFile plan = plan("""
				measurements ConversionRate from "conversion.csv"
				""");
		workspace.assertError(block(plan, 0), MEASUREMENT_OUT_OF_RANGE, "conversion.csv:2: ", "is -4, which is not a percentage");
	}

	@Test
	public void aValueAbove100InAnotherUnitIsFine() {
		TransformFile plan = plan("""
				measurements SalesCycle { 2026-03-31: 150 }
				""");
		workspace.assertNoIssue(plan, MEASUREMENT_OUT_OF_RANGE);
	}

	@Test
	public void aCsvRowThatIsNotANumberIsAnErrorNamingFileAndLine() {
		workspace.data("sales.csv", """
				date,value
				2026-02-28,92
				2026-03-31,ninety
				2026-04-30,88
				""");
		TransformFile plan = plan("""
				measurements SalesCycle from "sales.csv"
				""");
		var issue = workspace.assertError(block(plan, 0), MEASUREMENT_OUT_OF_RANGE, "sales.csv:3: 'ninety' is not a number");
		assertEquals("3", issue.getData()[0]);
	}

	@Test
	public void theLastRowOfACsvFileWithoutLineBreakKeepsItsLineNumber() {
		workspace.data("sales.csv", "date,value\n2026-02-28,92\n\n# April is estimated\n2026-04-30,n/a");
		TransformFile plan = plan("""
				measurements SalesCycle from "sales.csv"
				""");
		workspace.assertError(block(plan, 0), MEASUREMENT_OUT_OF_RANGE, "sales.csv:5: 'n/a' is not a number");
	}

	@Test
	public void aCsvRowThatIsNotADateIsAnError() {
		workspace.data("sales.csv", """
				2026-02-28,92
				31/03/2026,90
				""");
		TransformFile plan = plan("""
				measurements SalesCycle from "sales.csv"
				""");
		workspace.assertError(block(plan, 0), MEASUREMENT_OUT_OF_RANGE, "sales.csv:2: '31/03/2026' is not a date",
				"write YYYY-MM or YYYY-MM-DD");
	}

	@Test
	public void aCsvRowOutsideThePeriodIsAnErrorNamingTheRow() {
		workspace.data("sales.csv", """
				2025-11-30,99
				2026-02-28,92
				""");
		TransformFile plan = plan("""
				measurements SalesCycle from "sales.csv"
				""");
		workspace.assertError(block(plan, 0), MEASUREMENT_OUT_OF_RANGE, "sales.csv:1: ", "dated 2025-11-30 is outside the plan's period");
	}

	// ------------------------------------------------------------------ measurement-file

	@Test
	public void aMissingCsvFileIsAMeasurementFileError() {
		TransformFile plan = plan("""
				measurements SalesCycle from "data/missing.csv"
				""");
		workspace.assertError(block(plan, 0), MEASUREMENT_FILE, "Measurement file 'data/missing.csv' does not exist",
				"relative to this plan file");
		workspace.assertNoIssue(plan, MEASUREMENT_OUT_OF_RANGE);
	}

	@Test
	public void anEmptyFileNameIsAMeasurementFileError() {
		TransformFile plan = plan("""
				measurements SalesCycle from ""
				""");
		workspace.assertError(block(plan, 0), MEASUREMENT_FILE, "file name is empty");
	}

	@Test
	public void aWebAddressIsRefusedWithoutReachingTheNetwork() {
		TransformFile plan = plan("""
				measurements SalesCycle from "https://example.com/sales-cycle.csv"
				""");
		workspace.assertError(block(plan, 0), MEASUREMENT_FILE, "is not a path relative to this plan file", "never from elsewhere on the disk or from the network");
	}

	@Test
	public void aCsvFileChangedOnDiskIsReadAgain(@TempDir Path folder) throws Exception {
		workspace.in(folder);
		Path csv = workspace.data("sales.csv", "2026-02-28,92\n");
		String text = """
				plan SalesTransformation { period 2026-01 to 2027-12 }
				indicator SalesCycle { unit days  better lower  measured-by "Median days to signature"  baseline 94 on 2026-01-31 }
				measurements SalesCycle from "sales.csv"
				""";
		workspace.assertNoIssues(workspace.file("plan.transform", text));

		Files.writeString(csv, "2031-02-28,92\n"); // as long as before: only the modification time tells the versions apart
		Files.setLastModifiedTime(csv, java.nio.file.attribute.FileTime.fromMillis(Files.getLastModifiedTime(csv).toMillis() + 2000));
		workspace.in(folder);
		TransformFile again = workspace.file("plan.transform", text);
		workspace.assertError(block(again, 0), MEASUREMENT_OUT_OF_RANGE, "sales.csv:1", "2031-02-28");
	}

	@Test
	public void aCsvFileThatIsNotUtf8IsAMeasurementFileError() throws Exception {
		Path csv = workspace.data("sales.csv", "");
		Files.write(csv, new byte[] { '2', '0', '2', '6', '-', '0', '2', ',', (byte) 0xE9, (byte) 0xFF, '\n' });
		TransformFile plan = plan("""
				measurements SalesCycle from "sales.csv"
				""");
		workspace.assertError(block(plan, 0), MEASUREMENT_FILE, "not UTF-8");
	}

	// ------------------------------------------------------------------ dates-out-of-order

	@Test
	public void aPeriodThatEndsBeforeItStartsIsAnError() {
		TransformFile plan = workspace.file("plan.transform", """
				plan SalesTransformation { period 2027-12 to 2026-01 }
				""");
		workspace.assertError(plan.getHeader(), DATES_OUT_OF_ORDER, "ends (2026-01) before it starts (2027-12)");
	}

	@Test
	public void aChangeThatEndsBeforeItStartsIsAnError() {
		TransformFile plan = plan("""
				change WeeklyReviews { lever leadership  from 2026-09 to 2026-06 }
				""");
		workspace.assertError(workspace.element(plan, LeverChange.class, "WeeklyReviews"), DATES_OUT_OF_ORDER,
				"Change 'WeeklyReviews' ends (2026-06) before it starts (2026-09)");
	}

	@Test
	public void aChangeEndingInTheMonthItStartsIsInOrder() {
		TransformFile plan = plan("""
				change WeeklyReviews { lever leadership  from 2026-03-15 to 2026-03 }
				""");
		workspace.assertNoIssue(plan, DATES_OUT_OF_ORDER);
	}

	@Test
	public void aGoalTargetBeforeThePlanStartsIsAnError() {
		TransformFile plan = plan("""
				goal CloseFaster { lower SalesCycle to 60 by 2025-06 }
				""");
		Goal goal = workspace.element(plan, Goal.class, "CloseFaster");
		workspace.assertError(goal.getMoves().get(0), DATES_OUT_OF_ORDER, "sets its target for 2025-06, before the plan starts (2026-01)");
	}

	@Test
	public void aGoalDeadlineBeforeThePlanStartsIsAnError() {
		TransformFile plan = plan("""
				goal CloseFaster { lower SalesCycle  deadline 2025-12-31 }
				""");
		workspace.assertError(workspace.element(plan, Goal.class, "CloseFaster"), DATES_OUT_OF_ORDER,
				"has its deadline (2025-12-31) before the plan starts (2026-01)");
	}

	@Test
	public void aGoalTargetAfterItsDeadlineIsAnError() {
		TransformFile plan = plan("""
				goal CloseFaster { lower SalesCycle to 60 by 2027-09  deadline 2027-06 }
				""");
		Goal goal = workspace.element(plan, Goal.class, "CloseFaster");
		workspace.assertError(goal.getMoves().get(0), DATES_OUT_OF_ORDER, "after its own deadline (2027-06)");
	}

	@Test
	public void aGoalTargetInTheMonthOfItsDeadlineIsInOrder() {
		TransformFile plan = plan("""
				goal CloseFaster { lower SalesCycle to 60 by 2027-06-30  deadline 2027-06 }
				""");
		workspace.assertNoIssue(plan, DATES_OUT_OF_ORDER);
	}
}

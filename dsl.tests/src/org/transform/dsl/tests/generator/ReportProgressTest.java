package org.transform.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.transform.dsl.generator.report.Report.Progress;
import org.transform.dsl.analysis.TargetProgress.Status;
import org.transform.dsl.generator.report.ReportGenerator;
import org.transform.dsl.tests.TransformInjectorProvider;
import org.transform.dsl.tests.generator.Reports.Input;
import org.transform.dsl.tests.validation.Workspace;

import com.google.inject.Inject;

/**
 * The progress table: how far each indicator has moved from its baseline toward a goal's target,
 * (latest − baseline) / (target − baseline), and whether that is on time given the dates.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TransformInjectorProvider.class)
public class ReportProgressTest {

	@Inject
	private ReportGenerator generator;

	@Inject
	private Reports reports;

	@Inject
	private Workspace workspace;

	@BeforeEach
	void openWorkspace(@TempDir Path folder) {
		workspace.in(folder);
		workspace.organization();
	}

	@Test
	public void progressIsTheShareOfTheWayFromBaselineToTarget() {
		// 94 → 80 of the way to 60: 14 of 34 = 41 %; five months of the seventeen to the target date have passed
		Input input = plan("""
				indicator SalesCycle "Sales cycle length" { unit days  better lower  baseline 94 on 2026-01-31 }
				goal CloseFaster "Close deals faster" { owner Sales  lower SalesCycle to 60 by 2027-06 }
				measurements SalesCycle { 2026-03-31: 90  2026-06-30: 80 }
				""");
		Progress progress = only(input);
		assertEquals(41, progress.percent());
		assertEquals(Status.ON_TRACK, progress.status());

		Document html = Jsoup.parse(generator.html(input.analysis(), input.findings()));
		Element row = html.selectFirst("#progress tbody tr");
		assertEquals(List.of("CloseFaster Close deals faster", "SalesCycle Sales cycle length", "94 days on 2026-01-31", "80 days on 2026-06-30",
				"60 days", "2027-06", "41 %", "on track"), row.children().stream().map(Element::text).toList());
	}

	@Test
	public void lessProgressThanTimePassedIsOffTrack() {
		// 18 → 19 of the way to 25 is 14 %, but 63 % of the time to the end of 2026-12 has passed
		Input input = plan("""
				indicator ConversionRate "Offer conversion rate" { unit "%"  better higher  baseline 18 on 2026-01-31 }
				goal WinMore "Win more offers" { owner Sales  raise ConversionRate to 25 by 2026-12 }
				measurements ConversionRate { 2026-08-31: 19 }
				""");
		Progress progress = only(input);
		assertEquals(14, progress.percent());
		assertEquals(Status.OFF_TRACK, progress.status());
	}

	@Test
	public void movingTheWrongWayIsNegativeProgress() {
		Input input = plan("""
				indicator SalesCycle "Sales cycle length" { unit days  better lower  baseline 94 on 2026-01-31 }
				goal CloseFaster "Close deals faster" { owner Sales  lower SalesCycle to 60 by 2027-06 }
				measurements SalesCycle { 2026-06-30: 101 }
				""");
		assertEquals(-21, only(input).percent());
		assertEquals(Status.OFF_TRACK, only(input).status());
	}

	@Test
	public void aTargetPassedIsReached() {
		Input input = plan("""
				indicator SalesCycle "Sales cycle length" { unit days  better lower  baseline 94 on 2026-01-31 }
				goal CloseFaster "Close deals faster" { owner Sales  lower SalesCycle to 60 by 2027-06 }
				measurements SalesCycle { 2026-06-30: 55 }
				""");
		assertEquals(115, only(input).percent());
		assertEquals(Status.REACHED, only(input).status());
	}

	@Test
	public void withoutBaselineMeasurementOrTargetThereIsNoFigure() {
		Input input = plan("""
				indicator NoBaseline "Not measured before" { unit days  better lower }
				indicator NotMeasured "Not measured since" { unit days  better lower  baseline 10 on 2026-01-31 }
				indicator NoTarget "Only a direction" { unit days  better lower  baseline 10 on 2026-01-31 }
				goal A "A" { owner Sales  lower NoBaseline to 5 by 2027-06 }
				goal B "B" { owner Sales  lower NotMeasured to 5 by 2027-06 }
				goal C "C" { owner Sales  lower NoTarget }
				measurements NoTarget { 2026-05-31: 8 }
				""");
		List<Progress> rows = generator.report(input.analysis(), input.findings()).progress();
		assertEquals(List.of(Status.NO_BASELINE, Status.NOT_MEASURED, Status.NO_TARGET), rows.stream().map(Progress::status).toList());
		rows.forEach(row -> assertEquals(null, row.percent(), row.toString()));
	}

	@Test
	public void withoutTargetDateTheGoalsDeadlineThenThePlansEndAreDue() {
		Input input = plan("""
				indicator Cycle "Cycle" { unit days  better lower  baseline 94 on 2026-01-31 }
				goal WithDeadline "Deadline" { owner Sales  lower Cycle to 60  deadline 2027-03 }
				goal WithPlanEnd "Plan's end" { owner Sales  lower Cycle to 70 }
				measurements Cycle { 2026-06-30: 80 }
				""");
		List<Progress> rows = generator.report(input.analysis(), input.findings()).progress();
		assertEquals(List.of("2027-03", "2027-12"), rows.stream().map(p -> p.due().text()).toList());
	}

	private Input plan(String elements) {
		return reports.of(workspace.file("plan.transform", """
				plan Progressing "A plan to follow" { period 2026-01 to 2027-12 }
				import Acme.*
				""" + elements));
	}

	private Progress only(Input input) {
		List<Progress> rows = generator.report(input.analysis(), input.findings()).progress();
		assertEquals(1, rows.size(), rows::toString);
		return rows.get(0);
	}
}

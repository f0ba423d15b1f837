package org.transform.dsl.tests.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.transform.dsl.tests.cli.CliRun.transform;
import static org.transform.dsl.tests.cli.CliRun.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transform.dsl.generator.DiagramFiles;

/**
 * {@code transform diagram}: the diagrams of every plan of the workspace, written only under
 * {@code --out}, with the exit codes of {@code check}.
 */
public class DiagramCommandTest {

	private static final String ACME = """
			organization Acme "Acme Corp"
			team Commercial "Commercial"
			team Sales "Field sales" { part-of Commercial }
			team Marketing "Marketing" { part-of Commercial }
			tool Crm "Salesforce" { category crm  used-by Sales }
			""";

	private static final String SALES = """
			plan Sales.Transformation "Shorter sales cycles" { period 2026-01 to 2027-12 }
			import Acme.*
			indicator SalesCycle "Sales cycle length" {
			    unit days  better lower  cadence monthly  status existing
			    measured-by "Median days"  baseline 94 on 2026-01-31
			}
			goal CloseFaster "Close deals faster" { owner Sales  lower SalesCycle to 60 by 2027-06 }
			practice SharedAccountPlans "Account plans co-written" { owner Sales  lowers SalesCycle }
			change WeeklyReviews "Managers review account plans" { lever leadership  supports SharedAccountPlans  owner Sales  from 2026-03 }
			change CrmTraining "Account-plan training" { lever training  supports SharedAccountPlans  owner Sales  from 2026-08 }
			change CrmAccountPlans "Account-plan module" { lever technology  supports SharedAccountPlans  owner Sales  from 2026-09  deploys Crm }
			""";

	@TempDir
	Path dir;

	private List<Path> filesUnder(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).sorted().toList();
		}
	}

	@Test
	public void staleIndicatorsAreDrawnUpToTheDayGivenWithToday() throws IOException {
		write(dir, "plans/acme.transform", ACME);
		write(dir, "plans/sales.transform", SALES + "measurements SalesCycle { 2026-02-28: 92 }\n");
		String stale = "more than two months before today (2026-04-29)";

		assertEquals(0, transform(dir, "diagram", "plans", "--kind", "impact-map", "--out", "early", "--today=2026-04-28").exitCode());
		assertEquals(0, transform(dir, "diagram", "plans", "--kind", "impact-map", "--out", "late", "--today", "2026-04-29").exitCode());

		String early = Files.readString(dir.resolve("early/Sales_Transformation-impact-map.svg"));
		String late = Files.readString(dir.resolve("late/Sales_Transformation-impact-map.svg"));
		assertTrue(!early.contains("indicator-stale") && !early.contains(stale), early);
		assertTrue(late.contains(stale), "the indicator's finding is drawn on it: " + late);
	}

	@Test
	public void aDayThatIsNotADayIsRefusedInOneLine() {
		write(dir, "plans/acme.transform", ACME);
		write(dir, "plans/sales.transform", SALES);
		CliRun run = transform(dir, "diagram", "plans", "--out", "out", "--today=30/11/2026");
		assertEquals(2, run.exitCode());
		assertEquals("transform: --today=30/11/2026 is not a day: write it as YYYY-MM-DD, e.g. --today=2026-11-30", run.err().strip());
		assertTrue(!Files.exists(dir.resolve("out")), "nothing written");
	}

	@Test
	public void writesEveryDiagramOfEveryPlanUnderTheRelativeOutputFolderOnly() throws IOException {
		write(dir, "plans/acme.transform", ACME);
		write(dir, "plans/sales.transform", SALES);
		List<Path> before = filesUnder(dir);
		CliRun run = transform(dir, "diagram", "plans", "--out", "build/../out/diagrams");
		assertEquals(0, run.exitCode(), run::err);
		assertEquals("", run.err());
		List<String> names = List.of("Sales_Transformation-impact-map.svg", "Sales_Transformation-team-alignment.svg",
				"Sales_Transformation-roadmap.svg", "Sales_Transformation-tool-landscape.svg");
		assertEquals(names.stream().map(n -> "wrote out/diagrams/" + n).toList(), run.outLines());
		List<Path> after = filesUnder(dir);
		List<Path> created = after.stream().filter(p -> !before.contains(p)).toList();
		assertEquals(names.stream().map(n -> dir.resolve("out/diagrams").resolve(n)).sorted().toList(), created, "nothing is written elsewhere");
		for (Path file : created) {
			assertTrue(Files.readString(file).startsWith("<svg"));
		}
	}

	@Test
	public void aPlanNameIsMadeSafeAsAFileName() {
		assertEquals("Sales_Transformation", DiagramFiles.fileName("Sales.Transformation"));
		assertEquals("______x", DiagramFiles.fileName("../../x"));
		assertEquals("_etc_passwd", DiagramFiles.fileName("/etc/passwd"));
		assertEquals("a_b_c", DiagramFiles.fileName("a\\b\u0000c"));
		assertEquals("plan", DiagramFiles.fileName(""));
	}

	@Test
	public void formatAndKindChooseTheFiles() throws IOException {
		write(dir, "acme.transform", ACME);
		write(dir, "sales.transform", SALES);
		CliRun run = transform(dir, "diagram", ".", "--out", "d", "--format", "both", "--kind", "roadmap,impact-map");
		assertEquals(0, run.exitCode(), run::err);
		assertEquals(List.of("wrote d/Sales_Transformation-impact-map.svg", "wrote d/Sales_Transformation-impact-map.png",
				"wrote d/Sales_Transformation-roadmap.svg", "wrote d/Sales_Transformation-roadmap.png"), run.outLines());
		byte[] png = Files.readAllBytes(dir.resolve("d/Sales_Transformation-roadmap.png"));
		assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G' }, java.util.Arrays.copyOf(png, 4));
		transform(dir, "diagram", ".", "--out", "d", "--format", "png", "--kind", "roadmap");
		assertArrayEquals(png, Files.readAllBytes(dir.resolve("d/Sales_Transformation-roadmap.png")), "the same input gives the same bytes");
	}

	@Test
	public void errorsInThePlansExitWithOneAndTheDiagramsShowThem() throws IOException {
		write(dir, "acme.transform", ACME);
		write(dir, "sales.transform", SALES.replace("baseline 94 on 2026-01-31", "baseline 94 on 2026-12-31"));
		CliRun run = transform(dir, "diagram", ".", "--out", "d", "--kind", "impact-map");
		assertEquals(1, run.exitCode(), run::out);
		assertTrue(run.out().contains("wrote d/Sales_Transformation-impact-map.svg"));
		assertTrue(run.out().contains("error in the plans, drawn on the diagrams"), run::out);
		assertTrue(Files.readString(dir.resolve("d/Sales_Transformation-impact-map.svg")).contains("technology-before-indicator"));
	}

	@Test
	public void anUnknownKindIsAUsageProblem() {
		write(dir, "sales.transform", SALES);
		transform(dir, "diagram", ".", "--out", "d", "--kind", "pie-chart").assertRefused("Unknown diagram kind 'pie-chart'", "impact-map");
		assertTrue(Files.notExists(dir.resolve("d")) || dir.resolve("d").toFile().list().length == 0);
	}

	@Test
	public void theOutputOptionIsRequired() {
		write(dir, "sales.transform", SALES);
		transform(dir, "diagram", ".").assertRefused("--out");
	}

	@Test
	public void anOutputFolderThatIsAFileIsRefused() {
		write(dir, "sales.transform", SALES);
		write(dir, "taken", "a file");
		transform(dir, "diagram", ".", "--out", "taken").assertRefused("it is a file, not a folder");
	}

	@Test
	public void organizationFilesAloneHaveNoPlanToDraw() {
		write(dir, "acme.transform", ACME);
		transform(dir, "diagram", ".", "--out", "d").assertRefused("no plan among the files given");
	}
}

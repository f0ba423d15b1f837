package org.transform.dsl.tests.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transform.dsl.ide.workspace.BuiltOnce;
import org.transform.dsl.ide.workspace.PlanCore;
import org.transform.dsl.ide.workspace.WorkspaceDay;
import org.transform.dsl.validation.IssueCodes;
import org.transform.dsl.workspace.Finding;

import com.google.inject.Module;

/**
 * The core's first build parses the files of a large workspace on several threads, and computes each file's
 * index entry there, before Xtext's builder indexes them ({@code ReparsingIncrementalBuilder},
 * {@code TransformIndexer}). The findings must be those of the builder loading and indexing them one after
 * another: the same files, places, codes and messages, including the ones that depend on other files
 * (references, names declared twice, opposing goals of one team) and a file that does not parse; and the
 * index the same names with the same URIs and digests. So must a core built once, as the command line's
 * ({@link BuiltOnce}), which keeps no references in its index.
 */
public class ParallelLoadTest {

	private static final String THREADS = "transform.parseThreads";

	private static final Clock DAY = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);

	private static final int PLANS = 60;

	@TempDir
	Path dir;

	@Test
	public void parsingOnSeveralThreadsFindsWhatTheBuilderFindsLoadingOneFileAfterAnother() {
		workspace();
		write("plans/plan-broken.transform", "plan Broken \"Broken\" { period 2026-01 to 2027-12 }\nindicator {{{\n");

		List<Finding> sequential = findings(1);
		List<Finding> twoThreads = findings(2);
		List<Finding> fourThreads = findings(4);

		assertEquals(sequential, twoThreads);
		assertEquals(sequential, fourThreads);
		Set<String> codes = sequential.stream().map(Finding::code).collect(Collectors.toSet());
		assertTrue(codes.containsAll(Set.of(IssueCodes.SYNTAX_ERROR, IssueCodes.BROKEN_REFERENCE, IssueCodes.DUPLICATE_NAME,
				IssueCodes.OPPOSING_GOALS_IN_TEAM, IssueCodes.POLICY_WITHOUT_GOAL)), "findings of every kind the workspace holds: " + codes);
		assertTrue(sequential.stream().anyMatch(f -> f.uri().lastSegment().equals("plan-broken.transform") && f.code().equals(IssueCodes.SYNTAX_ERROR)));
	}

	@Test
	public void indexEntriesComputedOnTheParseThreadsAreTheIndexersOwn() {
		workspace();

		List<String> sequential = index(1);
		List<String> twoThreads = index(2);

		assertEquals(sequential, twoThreads);
		assertTrue(sequential.size() > PLANS * 5, "every file's exported names: " + sequential.size());
		assertTrue(sequential.stream().anyMatch(entry -> entry.contains("digest=")), "with the digests of the elements' text");
	}

	@Test
	public void aCoreBuiltOnceFindsWhatAnyCoreFindsAndKeepsNoReferencesInItsIndex() {
		workspace();
		write("plans/plan-broken.transform", "plan Broken \"Broken\" { period 2026-01 to 2027-12 }\nindicator {{{\n");

		List<Finding> live = findings(2);
		List<Finding> builtOnce = findings(2, new BuiltOnce());

		assertEquals(live, builtOnce);
		assertEquals(index(2), index(2, new BuiltOnce()), "the same exported names, URIs and digests");
		assertTrue(references(2) > PLANS * 5, "a live core indexes every reference (for later edits and 'find references')");
		assertEquals(0, references(2, new BuiltOnce()));
	}

	private List<Finding> findings(int threads, Module... modules) {
		return withCore(threads, modules, PlanCore::allFindings);
	}

	/** Every exported name of the index, with its file, URI, kind and data, sorted. */
	private List<String> index(int threads, Module... modules) {
		return withCore(threads, modules, core -> core.access().doReadIndex(context -> {
			List<String> entries = new ArrayList<>();
			for (IResourceDescription file : context.getIndex().getAllResourceDescriptions()) {
				for (IEObjectDescription exported : file.getExportedObjects()) {
					StringBuilder entry = new StringBuilder(file.getURI() + " " + exported.getQualifiedName() + " " + exported.getEObjectURI() + " "
							+ exported.getEClass().getName());
					for (String key : exported.getUserDataKeys()) {
						entry.append(' ').append(key).append('=').append(exported.getUserData(key));
					}
					entries.add(entry.toString());
				}
			}
			entries.sort(null);
			return entries;
		}).join());
	}

	private int references(int threads, Module... modules) {
		return withCore(threads, modules, core -> core.access().doReadIndex(context -> {
			int[] references = { 0 };
			for (IResourceDescription file : context.getIndex().getAllResourceDescriptions()) {
				file.getReferenceDescriptions().forEach(reference -> references[0]++);
			}
			return references[0];
		}).join());
	}

	private <T> T withCore(int threads, Module[] modules, Function<PlanCore, T> reader) {
		String before = System.getProperty(THREADS);
		System.setProperty(THREADS, Integer.toString(threads));
		List<Module> all = new ArrayList<>(List.of(modules));
		all.add(new WorkspaceDay(DAY));
		try (PlanCore core = PlanCore.start(List.of(dir), all.toArray(Module[]::new))) {
			return reader.apply(core);
		} finally {
			if (before == null) {
				System.clearProperty(THREADS);
			} else {
				System.setProperty(THREADS, before);
			}
		}
	}

	/**
	 * An organization file and {@value #PLANS} plan files that use its teams and one another's
	 * indicators; some with a syntax error, a reference to nothing, a goal opposing another file's goal
	 * for the same team, or a policy that serves no goal; and two files that declare a name again.
	 */
	private void workspace() {
		write("transform.workspace", "");
		StringBuilder organization = new StringBuilder("organization Acme \"Acme Corp\"\nteam Commercial \"Commercial\"\n");
		for (int t = 0; t < 10; t++) {
			organization.append("team Team").append(t).append(" \"Team ").append(t).append("\" { part-of Commercial  size 12 }\n");
		}
		organization.append("tool Crm \"The CRM\" { category crm  used-by Commercial }\n");
		write("organization.transform", organization.toString());
		// more of the organization and of plan 0, each declaring again a name the first file declares
		write("organization-more.transform", "organization Acme \"Acme Corp\"\nteam Team3 \"Team 3 again\" { part-of Commercial }\n");
		write("plans/plan-0-more.transform", "plan Plan0 \"Plan 0\"\nindicator Cycle0 \"Cycle 0 again\" { unit days  better lower }\n");
		for (int p = 0; p < PLANS; p++) {
			write("plans/plan-" + p + ".transform", plan(p));
		}
	}

	private static String plan(int p) {
		String team = "Team" + p % 10;
		String previous = "Plan" + (p + PLANS - 1) % PLANS + ".Cycle" + (p + PLANS - 1) % PLANS;
		StringBuilder text = new StringBuilder();
		text.append("plan Plan").append(p).append(" \"Plan ").append(p).append("\" { period 2026-01 to 2027-12 }\n");
		text.append("import Acme.*\n");
		text.append("indicator Cycle").append(p).append(" \"Cycle ").append(p).append("\" {\n")
				.append("    unit days  better lower  cadence monthly  status existing\n")
				.append("    measured-by \"Median days\"  source \"CRM\"\n")
				.append("    baseline ").append(50 + p).append(" on 2026-01-31\n")
				.append("}\n");
		text.append("goal Faster").append(p).append(" \"Faster\" { owner ").append(team).append("  lower Cycle").append(p)
				.append(" to 30 by 2027-06 }\n");
		if (p % 4 == 1) { // the previous plan's goal lowers its indicator; this one raises it, for a team related to its owner
			text.append("goal Against").append(p).append(" \"Against\" { owner Commercial  raise ").append(previous).append(" to 90 by 2027-06 }\n");
		}
		text.append("practice Shared").append(p).append(" \"Shared\" { owner ").append(team).append("  lowers Cycle").append(p)
				.append(p % 5 == 2 ? ", NoSuchIndicator" : "").append(" }\n");
		text.append("change Reviews").append(p).append(" \"Reviews\" { lever leadership  supports Shared").append(p).append("  owner ")
				.append(team).append("  from 2026-03 }\n");
		text.append("change Training").append(p).append(" \"Training\" { lever training  supports Shared").append(p).append("  owner ")
				.append(team).append("  from 2026-08 }\n");
		text.append("change Module").append(p).append(" \"Module\" { lever technology  supports Shared").append(p).append("  owner ")
				.append(team).append("  from 2026-09 to 2026-12  deploys Crm }\n");
		if (p % 6 == 3) {
			text.append("policy Guidelines").append(p).append(" \"Guidelines\" { owner ").append(team).append(" }\n");
		}
		if (p % 9 == 5) {
			text.append("goal Unfinished \"Unfinished\" { owner ").append(team).append("  lower Cycle").append(p).append(" to\n");
		}
		text.append("measurements Cycle").append(p).append(" { 2026-02-28: ").append(49 + p).append("  2026-03-31: ").append(48 + p).append(" }\n");
		return text.toString();
	}

	private void write(String relative, String text) {
		WorkspaceFiles.write(dir, relative, text);
	}
}

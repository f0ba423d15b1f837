package org.transform.dsl.tests.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.transform.dsl.tests.formatting.Formatting;
import org.transform.dsl.tests.formatting.ModelStructure;

import com.google.inject.Injector;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * The formatter on generated plans laid out at random (all on one line, a token a line, blank lines
 * and tabs anywhere): the plan is formatted without an exception, formatting the result again
 * changes nothing, and the formatted plan, read in the same workspace, is the same model (same
 * objects and values, references to the same qualified names). The examples are covered by
 * {@code TransformFormatterTest}.
 */
public class FormatterPropertiesTest {

	/** Teams of the organization by qualified name; by simple name only where the plan imports it. */
	private static final String[] QUALIFIED_TEAMS = { "Acme.Sales", "Acme.Commercial" };
	private static final String[] TEAMS = { "Sales", "Commercial", "Acme.Sales" };

	/** A generated plan: its pieces (each one token, or several that may not be split) and a random layout. */
	record GeneratedPlan(String text) {
		@Override
		public String toString() {
			return text;
		}
	}

	@Provide
	Arbitrary<GeneratedPlan> plans() {
		return Arbitraries.randomValue(random -> new GeneratedPlan(layout(pieces(random), random)));
	}

	@Property(shrinking = ShrinkingMode.OFF)
	void formattingIsIdempotentAndKeepsTheModel(@ForAll("plans") GeneratedPlan plan) {
		assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Pipeline.inLanguage(() -> {
			Injector injector = Pipeline.injector();
			XtextResource original = parse(plan.text());
			assertTrue(original.getErrors().isEmpty(), () -> "the generated plan has syntax or linking errors: " + original.getErrors());
			Formatting formatting = injector.getInstance(Formatting.class);
			String once = formatting.format(original);

			XtextResource formatted = parse(once);
			assertTrue(formatted.getErrors().isEmpty(), () -> "the formatted plan has syntax or linking errors: " + formatted.getErrors() + "\n" + once);
			assertEquals(once, formatting.format(formatted), "formatting the formatted plan changes it again");
			ModelStructure structure = injector.getInstance(ModelStructure.class);
			assertEquals(structure.of(original.getContents().get(0)), structure.of(formatted.getContents().get(0)), once);
			return null;
		}));
	}

	private static XtextResource parse(String text) {
		XtextResourceSet resourceSet = Pipeline.injector().getInstance(XtextResourceSet.class);
		Pipeline.load(resourceSet, URI.createURI("memory:/format/acme.transform"), Pipeline.ORGANIZATION);
		XtextResource resource = Pipeline.load(resourceSet, URI.createURI("memory:/format/plan.transform"), text);
		EcoreUtil.resolveAll(resourceSet);
		return resource;
	}

	/** The pieces of a plan that uses every kind of element, with names and values at random. */
	static List<String> pieces(Random random) {
		List<String> p = new ArrayList<>();
		p.add("plan");
		p.add("Generated" + random.nextInt(100));
		maybe(random, p, "\"A generated plan\"");
		if (random.nextBoolean()) {
			p.addAll(List.of("{", "period", "2026-01", "to", "2027-12"));
			maybe(random, p, "description", "\"Plan \\\"quoted\\\" text\"");
			p.add("}");
		}
		boolean imports = random.nextBoolean();
		if (imports) {
			p.addAll(List.of("import", "Acme.*"));
		}
		String[] teams = imports ? TEAMS : QUALIFIED_TEAMS;
		int themes = 1 + random.nextInt(4);
		for (int i = 0; i < themes; i++) {
			String team = teams[random.nextInt(teams.length)];
			p.addAll(List.of("team", "Team" + i, "{", "part-of", "Acme.Commercial", "size", Integer.toString(1 + random.nextInt(90)), "}"));
			p.addAll(List.of("indicator", "Indicator" + i, "\"Indicator " + i + "\"", "{", "unit", random.nextBoolean() ? "days" : "\"EUR k\"",
					"better", random.nextBoolean() ? "lower" : "higher", "cadence", "monthly", "baseline", decimal(random), "on", "2026-01-31"));
			if (i > 0) {
				p.addAll(List.of("opposes", "Indicator0"));
			}
			p.add("}");
			p.addAll(List.of("goal", "Goal" + i, "{", "owner", team, "lower", "Indicator" + i, "to", decimal(random), "by", "2027-06"));
			maybe(random, p, "raise", "Indicator0");
			p.addAll(List.of("deadline", "2027-12", "}"));
			p.addAll(List.of("practice", "Practice" + i, "{", "owner", team, ",", "Team" + i, "lowers", "Indicator" + i, "}"));
			p.addAll(List.of("change", "Change" + i, "{", "lever", random.nextBoolean() ? "training" : "technology", "supports", "Practice" + i,
					"owner", team, "from", "2026-03", "to", "2026-12", "deploys", "Acme.Crm", "}"));
			p.addAll(List.of("tool", "Tool" + i, "{", "category", random.nextBoolean() ? "crm" : "social-monitoring", "used-by", team,
					"adopted", "bottom-up", "integrates-with", "Acme.Crm", "}"));
			p.addAll(List.of("channel", "Channel" + i, "{", "kind", "linkedin", "serves", "Goal" + i, "maintained-by", team, "feeds", "Acme.Crm", "}"));
			p.addAll(List.of("policy", "Policy" + i, "{", "serves", "Goal" + i, "owner", team, "}"));
			p.addAll(List.of("measurements", "Indicator" + i, "{"));
			for (int m = 0; m < random.nextInt(4); m++) {
				p.addAll(List.of("2026-0" + (2 + m), ":", decimal(random)));
			}
			p.add("}");
		}
		return p;
	}

	private static void maybe(Random random, List<String> pieces, String... more) {
		if (random.nextBoolean()) {
			pieces.addAll(List.of(more));
		}
	}

	private static String decimal(Random random) {
		return switch (random.nextInt(4)) {
			case 0 -> "-" + random.nextInt(100);
			case 1 -> random.nextInt(1000) + "." + random.nextInt(100);
			case 2 -> "1" + "0".repeat(25);
			default -> Integer.toString(random.nextInt(500));
		};
	}

	/** The pieces joined by random whitespace: at least one character between two pieces. */
	static String layout(List<String> pieces, Random random) {
		String[] spaces = { " ", "  ", "\n", "\n\n\n", "\t", " \n    ", "\r\n" };
		int style = random.nextInt(3); // 0: one line, 1: a piece a line, 2: anything
		StringBuilder text = new StringBuilder();
		for (String piece : pieces) {
			if (!text.isEmpty()) {
				text.append(switch (style) {
					case 0 -> " ";
					case 1 -> "\n";
					default -> spaces[random.nextInt(spaces.length)];
				});
			}
			text.append(piece);
		}
		return text.toString();
	}
}

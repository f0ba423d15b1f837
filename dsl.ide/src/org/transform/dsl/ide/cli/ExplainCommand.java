package org.transform.dsl.ide.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.transform.dsl.validation.RuleCatalogue;
import org.transform.dsl.validation.RuleCatalogue.Rule;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code transform explain <code>}: what a rule says, why it is a rule, a plan that breaks it and the
 * same plan mended, from the {@link RuleCatalogue}. An unknown code is a usage problem whose one line
 * lists the known codes.
 */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = TransformCli.Version.class,
		description = "Explains a rule: what it says, why, a plan that breaks it and the same plan mended.",
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:the rule was explained", "2:unknown code (the known codes are listed)" })
public class ExplainCommand implements Callable<Integer> {

	@Parameters(arity = "1", paramLabel = "<code>", description = "A rule's code, as 'check' prints it in brackets: technology-before-indicator.")
	String code;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		Rule rule = RuleCatalogue.rule(code);
		if (rule == null) {
			throw new InputProblem("Unknown rule code '" + code + "'; the known codes are: " + String.join(", ", RuleCatalogue.codes()));
		}
		PrintWriter out = spec.commandLine().getOut();
		out.print(rule.explanation());
		out.flush();
		return TransformCli.EXIT_OK;
	}
}

package org.transform.dsl.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;

import com.google.inject.Inject;

/**
 * Broken references name what is missing, what to do, and the closest names that do exist. Those
 * names travel as issue data, for the quick fix that replaces the reference.
 */
public class TransformLinkingDiagnostics extends LinkingDiagnosticMessageProvider {

	private static final int MAX_SUGGESTIONS = 3;
	private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(3);

	@Inject
	private IScopeProvider scopeProvider;

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EClass type = context.getReference().getEReferenceType();
		String kind = Labels.kind(type);
		String link = context.getLinkText();
		List<String> suggestions = suggestions(context, link);
		StringBuilder message = new StringBuilder("No " + kind + " named '" + link + "' is known here: declare it ('" + kind + " " + link
				+ " ...') or import the file that does ('import <Name>.*')");
		if (!suggestions.isEmpty()) {
			message.append("; did you mean ");
			for (int i = 0; i < suggestions.size(); i++) {
				message.append(i == 0 ? "" : i == suggestions.size() - 1 ? " or " : ", ").append('\'').append(suggestions.get(i)).append('\'');
			}
			message.append('?');
		} else {
			message.append('.');
		}
		return new DiagnosticMessage(message.toString(), Severity.ERROR, IssueCodes.BROKEN_REFERENCE, suggestions.toArray(String[]::new));
	}

	private List<String> suggestions(ILinkingDiagnosticContext context, String link) {
		if (link == null || link.isBlank()) {
			return List.of();
		}
		IScope scope;
		try {
			scope = scopeProvider.getScope(context.getContext(), context.getReference());
		} catch (RuntimeException e) {
			return List.of(); // a broken model must still get its linking message
		}
		String wanted = link.toLowerCase(Locale.ROOT);
		Set<String> names = new LinkedHashSet<>();
		for (IEObjectDescription d : scope.getAllElements()) {
			names.add(d.getName().toString());
		}
		record Candidate(String name, int distance) {
		}
		List<Candidate> candidates = new ArrayList<>();
		for (String name : names) {
			String lower = name.toLowerCase(Locale.ROOT);
			int distance = DISTANCE.apply(wanted, lower);
			if (distance >= 0 && distance <= Math.max(1, wanted.length() / 3)) {
				candidates.add(new Candidate(name, distance));
			} else if (wanted.length() >= 3 && (lower.contains(wanted) || lower.endsWith("." + wanted))) {
				candidates.add(new Candidate(name, 3));
			}
		}
		candidates.sort(Comparator.comparingInt(Candidate::distance).thenComparingInt(c -> c.name().length()));
		return candidates.stream().limit(MAX_SUGGESTIONS).map(Candidate::name).toList();
	}
}

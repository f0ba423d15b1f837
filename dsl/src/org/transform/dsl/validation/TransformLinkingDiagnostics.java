package org.transform.dsl.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.QualifiedName;
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
	private static final TranspositionDistance DISTANCE = new TranspositionDistance(3);

	@Inject
	private IScopeProvider scopeProvider;

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EClass type = context.getReference().getEReferenceType();
		String kind = Labels.kind(type);
		String link = context.getLinkText();
		String simple = link == null ? "" : link.substring(link.lastIndexOf('.') + 1);
		List<String> suggestions = suggestions(context, link);
		StringBuilder message = new StringBuilder("No " + kind + " named '" + link + "' is known here: declare it ('" + kind + " " + simple
				+ " ...') or import the organization or plan that declares it ('import <its name>.*')");
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

	/**
	 * The names in scope closest to the link, best first. An element visible under several names
	 * (simple and qualified) is offered once, under its shortest closest name; a qualified name is
	 * also compared by its last segment, so 'Sals' finds 'Acme.Sales', and 'Sales' written without
	 * the import finds 'Acme.Sales' alone.
	 */
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
		record Candidate(String name, int distance) {
			boolean betterThan(Candidate other) {
				return distance < other.distance || distance == other.distance && name.length() < other.name.length();
			}
		}
		Map<URI, Candidate> best = new LinkedHashMap<>();
		for (Named named : namesIn(scope)) {
			int distance = distance(wanted, named);
			if (distance < 0) {
				continue;
			}
			Candidate candidate = new Candidate(named.name(), distance);
			best.merge(named.uri(), candidate, (a, b) -> b.betterThan(a) ? b : a);
		}
		List<Candidate> candidates = new ArrayList<>(best.values());
		if (candidates.stream().anyMatch(c -> c.distance() == 0)) {
			candidates.removeIf(c -> c.distance() > 0); // the very name, only not imported: nothing else is meant
		}
		candidates.sort(Comparator.comparingInt(Candidate::distance).thenComparingInt(c -> c.name().length()));
		return candidates.stream().limit(MAX_SUGGESTIONS).map(Candidate::name).toList();
	}

	/** A name in scope, ready to compare: as written, lower case, its last segment, its element. */
	private record Named(String name, String lowerCase, String lastSegment, boolean qualified, URI uri) {
	}

	/**
	 * The names of a scope, listed once per scope: a file's scope lives as long as the file is
	 * unchanged, and each broken reference of the file compares its text with all of them. Listing a
	 * scope's elements (and their URIs) for each broken reference made a file with a few broken
	 * references take seconds to validate. Keys are weak: a scope no longer used is forgotten.
	 */
	private final Map<IScope, List<Named>> names = Collections.synchronizedMap(new WeakHashMap<>());

	private List<Named> namesIn(IScope scope) {
		List<Named> known = names.get(scope);
		if (known == null) {
			known = new ArrayList<>();
			for (IEObjectDescription description : scope.getAllElements()) {
				QualifiedName name = description.getName();
				known.add(new Named(name.toString(), name.toString().toLowerCase(Locale.ROOT), name.getLastSegment().toLowerCase(Locale.ROOT),
						name.getSegmentCount() > 1, description.getEObjectURI()));
			}
			names.put(scope, known);
		}
		return known;
	}

	/** How far the name is from what was written, or -1 when it is not worth offering. */
	private static int distance(String wanted, Named name) {
		String full = name.lowerCase();
		int limit = Math.max(1, wanted.length() / 3);
		int distance = DISTANCE.apply(wanted, full);
		if (name.qualified() && wanted.indexOf('.') < 0) {
			int last = DISTANCE.apply(wanted, name.lastSegment());
			if (last >= 0 && (distance < 0 || last < distance)) {
				distance = last;
			}
		}
		if (distance >= 0 && distance <= limit) {
			return distance;
		}
		return wanted.length() >= 3 && full.contains(wanted) ? 3 : -1;
	}

	// The other linking problems (rare: a node the linker cannot handle, a reference list that breaks
	// its bounds) keep Xtext's wording but carry the same code, so every face shows broken-reference.

	@Override
	public DiagnosticMessage getIllegalNodeMessage(ILinkingDiagnosticContext context, org.eclipse.xtext.linking.impl.IllegalNodeException ex) {
		return withOurCode(super.getIllegalNodeMessage(context, ex));
	}

	@Override
	public DiagnosticMessage getIllegalCrossReferenceMessage(ILinkingDiagnosticContext context, org.eclipse.xtext.CrossReference reference) {
		return withOurCode(super.getIllegalCrossReferenceMessage(context, reference));
	}

	@Override
	public DiagnosticMessage getViolatedBoundsConstraintMessage(ILinkingDiagnosticContext context, int size) {
		return withOurCode(super.getViolatedBoundsConstraintMessage(context, size));
	}

	@Override
	public DiagnosticMessage getViolatedUniqueConstraintMessage(ILinkingDiagnosticContext context) {
		return withOurCode(super.getViolatedUniqueConstraintMessage(context));
	}

	private static DiagnosticMessage withOurCode(DiagnosticMessage message) {
		return message == null ? null
				: new DiagnosticMessage(message.getMessage(), message.getSeverity(), IssueCodes.BROKEN_REFERENCE, message.getIssueData());
	}
}

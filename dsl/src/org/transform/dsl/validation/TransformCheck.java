package org.transform.dsl.validation;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.transform.dsl.analysis.PlanAnalysis;
import org.transform.dsl.analysis.PlanAnalyzer;
import org.transform.dsl.model.ModelPackage;

import com.google.inject.Inject;

/**
 * Base of the per-concern check classes composed into {@link TransformValidator}. They read the
 * workspace's {@link PlanAnalysis} instead of walking the model themselves.
 */
public abstract class TransformCheck extends AbstractDeclarativeValidator {

	@Inject
	private PlanAnalyzer analyzer;

	@Inject
	private IQualifiedNameProvider names;

	/** Composed checks are registered through {@link TransformValidator}; registering them again would run them twice. */
	@Override
	public void register(EValidatorRegistrar registrar) {
	}

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(ModelPackage.eINSTANCE);
	}

	/**
	 * The workspace's analysis. It is looked up once per validation of a file and kept in the
	 * validation's context: finding the workspace's state costs a walk over the index, and every check
	 * of every element asks.
	 */
	protected PlanAnalysis analysis() {
		Map<Object, Object> context = getContext();
		if (context != null && context.get(PlanAnalysis.class) instanceof PlanAnalysis cached) {
			return cached;
		}
		PlanAnalysis analysis = analyzer.analyze(getCurrentObject());
		if (context != null) {
			try {
				context.put(PlanAnalysis.class, analysis);
			} catch (UnsupportedOperationException e) {
				// a read-only context: the analyzer is asked again, and answers from its own cache
			}
		}
		return analysis;
	}

	/** The feature holding an element's name, where findings about the whole element are shown. */
	protected static EStructuralFeature nameFeature(EObject element) {
		return element.eClass().getEStructuralFeature("name");
	}

	/**
	 * How an element is named in a message: its simple name, or its qualified name and file when it
	 * lives in another file than the one being checked.
	 */
	protected String label(EObject element) {
		Object simple = element.eGet(nameFeature(element));
		Resource here = getCurrentObject() == null ? null : getCurrentObject().eResource();
		if (element.eResource() == here || element.eResource() == null) {
			return "'" + simple + "'";
		}
		QualifiedName qn = names.getFullyQualifiedName(element);
		return "'" + (qn == null ? simple : qn.toString()) + "' (" + element.eResource().getURI().lastSegment() + ")";
	}

	protected String labels(Iterable<? extends EObject> elements) {
		StringBuilder sb = new StringBuilder();
		for (EObject e : elements) {
			if (sb.length() > 0) {
				sb.append(", ");
			}
			sb.append(label(e));
		}
		return sb.toString();
	}

	/** How many elements a message names before it counts the others. */
	protected static final int NAMED = 3;

	/**
	 * The labels of the first {@value #NAMED} elements other than {@code except}, and how many more:
	 * "'A', 'B', 'C' and 12 more". A finding repeated for each of n elements that named all the others
	 * made the findings' size grow with n².
	 */
	protected String firstLabels(List<? extends EObject> elements, EObject except) {
		StringBuilder sb = new StringBuilder();
		int named = 0;
		int others = 0;
		for (EObject e : elements) {
			if (e == except) {
				continue;
			}
			others++;
			if (named < NAMED) {
				sb.append(named++ > 0 ? ", " : "").append(label(e));
			}
		}
		return others > named ? sb + " and " + (others - named) + " more" : sb.toString();
	}

	protected boolean inCurrentFile(EObject element) {
		return getCurrentObject() != null && element.eResource() == getCurrentObject().eResource();
	}

	protected static String nameOf(EObject element) {
		Object name = element.eGet(nameFeature(element));
		return name == null ? "?" : name.toString();
	}

	protected static <T extends EObject> T containerOf(EObject element, Class<T> type) {
		return EcoreUtil2.getContainerOfType(element, type);
	}
}

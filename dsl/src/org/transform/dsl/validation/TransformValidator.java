package org.transform.dsl.validation;

import java.lang.reflect.Method;

import org.apache.log4j.Logger;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.ComposedChecks;
import org.eclipse.xtext.validation.FeatureBasedDiagnostic;
import org.eclipse.xtext.validation.NamesAreUniqueValidator;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;

/**
 * The language's validator: one check class per concern, each rule with a stable code from
 * {@link IssueCodes}. A check that crashes becomes an error on the element it was checking instead
 * of aborting the validation of the file.
 */
@ComposedChecks(validators = {
		TraceabilityChecks.class,
		TeamConflictChecks.class,
		IndicatorChecks.class,
		GovernanceChecks.class,
		ChannelChecks.class,
		MeasurementChecks.class,
		ProgressChecks.class,
		NamingChecks.class,
		ClauseChecks.class,
		NamesAreUniqueValidator.class })
public class TransformValidator extends AbstractTransformValidator {

	private static final Logger LOG = Logger.getLogger(TransformValidator.class);
	private static final OperationCanceledManager CANCEL = new OperationCanceledManager();
	/** Thrown by {@code guard(...)} to end a check silently; package-private in Xtext, hence matched by name. */
	private static final String GUARD = "org.eclipse.xtext.validation.GuardException";

	/** Code of the error that stands for a crashed check. */
	public static final String INTERNAL_ERROR = "internal-error";

	@Override
	protected MethodWrapper createMethodWrapper(AbstractDeclarativeValidator instanceToUse, Method method) {
		return new MethodWrapper(instanceToUse, method) {
			@Override
			protected void handleInvocationTargetException(Throwable targetException, State state) {
				if (CANCEL.isOperationCanceledException(targetException) || GUARD.equals(targetException.getClass().getName())) {
					super.handleInvocationTargetException(targetException, state);
					return;
				}
				LOG.error("Check " + method.getName() + " failed on " + state.currentObject, targetException);
				state.chain.add(new FeatureBasedDiagnostic(Diagnostic.ERROR,
						"Transform could not finish check '" + method.getName() + "' here (" + targetException
								+ "). The other checks ran; please report this with the file.",
						state.currentObject, null, -1, CheckType.FAST, INTERNAL_ERROR));
			}
		};
	}
}

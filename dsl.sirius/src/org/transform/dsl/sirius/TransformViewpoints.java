package org.transform.dsl.sirius;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Plugin;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Registers the Transform viewpoint ({@value #VIEWPOINT_SPECIFICATION}) with Sirius.
 * <p>
 * This is the bundle's activator and the class that {@code plugin.xml} names in its
 * {@code org.eclipse.sirius.componentization} extension: when Sirius starts its viewpoint registry it instantiates
 * the class of every such extension, which starts this bundle, whose {@link #start(BundleContext)} registers the
 * viewpoint specification with the registry, as Sirius's own viewpoint projects do. {@link #stop(BundleContext)}
 * disposes of the viewpoints again.
 * <p>
 * Sirius is not on this bundle's class path: the build's target platform comes from Maven Central, where Sirius is
 * not published. The registry is therefore reached through the {@code org.eclipse.sirius} bundle's own class
 * loader, by the names of its public API ({@code ViewpointRegistry.getInstance().registerFromPlugin(String)} and
 * {@code disposeFromPlugin(Viewpoint)}). Without Sirius installed this bundle registers nothing and the extension
 * stays dormant: Eclipse ignores extensions to an extension point nobody declares.
 */
public class TransformViewpoints extends Plugin {

	public static final String BUNDLE_ID = "org.transform.dsl.sirius";

	/** The viewpoint specification, as a path in the platform:/plugin/ space that Sirius's registry expects. */
	public static final String VIEWPOINT_SPECIFICATION = BUNDLE_ID + "/description/transform.odesign";

	static final String SIRIUS_BUNDLE = "org.eclipse.sirius";

	static final String VIEWPOINT_REGISTRY = "org.eclipse.sirius.business.api.componentization.ViewpointRegistry";

	private final List<Object> registeredViewpoints = new ArrayList<>();

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		Bundle sirius = Platform.getBundle(SIRIUS_BUNDLE);
		if (sirius == null) {
			return;
		}
		try {
			Registry registry = Registry.of(sirius);
			Object viewpoints = registry.type().getMethod("registerFromPlugin", String.class).invoke(registry.instance(),
					VIEWPOINT_SPECIFICATION);
			synchronized (registeredViewpoints) {
				registeredViewpoints.addAll((Collection<?>) viewpoints);
			}
		} catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
			getLog().log(Status.error("The Transform viewpoint could not be registered with Sirius "
					+ sirius.getVersion() + ": " + describe(e), e));
		}
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		try {
			disposeViewpoints();
		} finally {
			super.stop(context);
		}
	}

	/** Sirius's viewpoint registry, reached by reflection (Sirius is optional at run time). */
	private record Registry(Class<?> type, Object instance) {
		static Registry of(Bundle sirius) throws ReflectiveOperationException {
			Class<?> type = sirius.loadClass(VIEWPOINT_REGISTRY);
			return new Registry(type, type.getMethod("getInstance").invoke(null));
		}
	}

	private void disposeViewpoints() {
		List<Object> viewpoints;
		synchronized (registeredViewpoints) {
			viewpoints = new ArrayList<>(registeredViewpoints);
			registeredViewpoints.clear();
		}
		if (viewpoints.isEmpty()) {
			return;
		}
		Bundle sirius = Platform.getBundle(SIRIUS_BUNDLE);
		if (sirius == null) {
			return;
		}
		try {
			Registry registry = Registry.of(sirius);
			Method dispose = disposeMethod(registry.type());
			for (Object viewpoint : viewpoints) {
				dispose.invoke(registry.instance(), viewpoint);
			}
		} catch (ReflectiveOperationException | LinkageError e) {
			getLog().log(Status.warning("The Transform viewpoint could not be removed from Sirius: " + describe(e), e));
		}
	}

	private static Method disposeMethod(Class<?> registryType) throws NoSuchMethodException {
		for (Method method : registryType.getMethods()) {
			if (method.getName().equals("disposeFromPlugin") && method.getParameterCount() == 1) {
				return method;
			}
		}
		throw new NoSuchMethodException(registryType.getName() + ".disposeFromPlugin(Viewpoint)");
	}

	private static String describe(Throwable e) {
		Throwable cause = e instanceof InvocationTargetException && e.getCause() != null ? e.getCause() : e;
		return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " " + cause.getMessage());
	}
}

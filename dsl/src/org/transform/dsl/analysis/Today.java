package org.transform.dsl.analysis;

import java.time.Clock;
import java.time.LocalDate;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import com.google.inject.Inject;

/**
 * The day rules that compare a plan with the calendar (indicator-stale) count up to. It is the day
 * given to the workspace ({@code check --today=2026-11-30}: attached to the resource set with
 * {@link #set(ResourceSet, LocalDate)}), else the day of the injected {@link Clock} (the language
 * server binds the system clock, tests a fixed one), else unknown: then those rules say nothing, so
 * that no output depends on the day it was produced unless asked to.
 */
public class Today {

	@Inject(optional = true)
	private Clock clock;

	/** The day for the element's workspace, or {@code null} when none is given and no clock is bound. */
	public LocalDate of(EObject element) {
		Resource resource = element == null ? null : element.eResource();
		ResourceSet resourceSet = resource == null ? null : resource.getResourceSet();
		if (resourceSet != null) {
			for (Adapter adapter : resourceSet.eAdapters()) {
				if (adapter instanceof Given given) {
					return LocalDate.now(given.clock);
				}
			}
		}
		return clock == null ? null : LocalDate.now(clock);
	}

	/** Fixes "today" for every file of the resource set. */
	public static void set(ResourceSet resourceSet, LocalDate date) {
		set(resourceSet, Clock.fixed(date.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), java.time.ZoneOffset.UTC));
	}

	/** "Today" for every file of the resource set is the clock's day, read each time a rule asks (a long-running language server crosses midnight). */
	public static void set(ResourceSet resourceSet, Clock clock) {
		resourceSet.eAdapters().removeIf(Given.class::isInstance);
		resourceSet.eAdapters().add(new Given(clock));
	}

	private static final class Given extends AdapterImpl {
		final Clock clock;

		Given(Clock clock) {
			this.clock = clock;
		}

		@Override
		public boolean isAdapterForType(Object type) {
			return type == Given.class;
		}
	}
}

package org.transform.dsl.ide.workspace;

import java.time.LocalDate;

import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.transform.dsl.analysis.Today;

import com.google.inject.AbstractModule;
import com.google.inject.Inject;
import com.google.inject.name.Named;
import com.google.inject.name.Names;

/**
 * The day a core's calendar rules (indicator-stale) count up to, given to every resource set its
 * projects build in ({@link Today#set}): {@code transform check --today=2026-11-30}. Without it, those
 * rules say nothing, so that no output depends on the day it was produced unless asked to.
 */
public final class WorkspaceDay extends AbstractModule {

	private final LocalDate day;

	public WorkspaceDay(LocalDate day) {
		this.day = day;
	}

	@Override
	protected void configure() {
		bind(LocalDate.class).annotatedWith(Names.named(NAME)).toInstance(day);
		bind(ProjectManager.class).to(DayProjectManager.class);
	}

	private static final String NAME = "transform.today";

	/** Xtext's project manager, whose resource sets know the day. */
	public static class DayProjectManager extends ProjectManager {
		@Inject
		@Named(NAME)
		private LocalDate day;

		@Override
		public XtextResourceSet createNewResourceSet(ResourceDescriptionsData newIndex) {
			XtextResourceSet resourceSet = super.createNewResourceSet(newIndex);
			Today.set(resourceSet, day);
			return resourceSet;
		}
	}
}

package org.transform.dsl.ide.workspace;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.transform.dsl.analysis.Today;

import com.google.inject.AbstractModule;
import com.google.inject.name.Names;

/**
 * The day a core's calendar rules (indicator-stale) count up to, given to every resource set its
 * projects build in ({@link Today#set}, by {@link CoreProjectManager}): {@code transform check --today=2026-11-30}, or the clock of
 * {@code transform lsp} and of the Eclipse editor (a fixed one in tests). Without it, those rules say
 * nothing, so that no output depends on the day it was produced unless asked to.
 */
public final class WorkspaceDay extends AbstractModule {

	private final Clock clock;

	/** Today is this day. */
	public WorkspaceDay(LocalDate day) {
		this(Clock.fixed(day.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
	}

	/** Today is the clock's day, whenever a rule asks. */
	public WorkspaceDay(Clock clock) {
		this.clock = clock;
	}

	@Override
	protected void configure() {
		bind(Clock.class).annotatedWith(Names.named(NAME)).toInstance(clock);
	}

	/** The name of the core's clock, read by {@link CoreProjectManager}. */
	static final String NAME = "transform.today";
}

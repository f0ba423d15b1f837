package org.transform.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceDescription;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.source.AnnotationModelEvent;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelListener;
import org.eclipse.jface.text.source.IAnnotationModelListenerExtension;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.transform.benchmarks.PlanGenerator;
import org.transform.benchmarks.PlanGenerator.Plan;
import org.transform.benchmarks.PlanGenerator.SourceText;
import org.transform.dsl.ui.editor.FindingAnnotation;
import org.transform.dsl.ui.editor.FindingsShown;
import org.transform.dsl.ui.preferences.TransformPreferences;

/**
 * The editor's latencies in a real workbench (issue 11 point 4), printed, never asserted: a benchmark,
 * not a test of CI. Tagged {@code benchmark}, which {@code dsl.ui.tests/pom.xml} excludes from the
 * build; run on demand with
 *
 * <pre>
 * xvfb-run -a ./mvnw -o verify -pl releng/targetplatform,dsl,dsl.ide,dsl.ui,dsl.ui.tests -Dtransform.benchmark
 * </pre>
 *
 * (options: {@code -Dtransform.benchmark.runs=3 -Dtransform.benchmark.edits=200 -Dtransform.benchmark.warmup=50
 * -Dtransform.benchmark.completions=200 -Dtransform.benchmark.hovers=200 -Dtransform.benchmark.delays=0,150
 * -Dtransform.benchmark.seed=20260101 -Dtransform.benchmark.timeout=120}; the table is printed and written to
 * {@code dsl.ui.tests/target/editor-benchmark.md}).
 *
 * <p>The project: {@link PlanGenerator#project(int, int, int)} with a fixed seed — an organization file,
 * 98 plans and {@code plans/edited.transform}, a plan of 5,000 lines that refers to the others — written
 * into the test workspace. The edited plan is opened in the editor, and each run measures, through the
 * editor's public entry points only (its document, its annotation model, the content assist processor
 * its source viewer has installed, the text hover the viewer shows at an offset):
 * <ul>
 * <li><b>keystroke → annotations</b>: one-character edits made with {@code IDocument.replace} on the UI
 * thread, as typing does (a letter inside an indicator's name, a baseline's last digit, a letter in a
 * title; each followed by its undo, so the plan stays as generated), timed from just before the replace
 * to the annotation model event that brings the editor's findings for the new text. That the findings
 * are the new text's is checked: after a name edit errors appear (the references lost the indicator),
 * after the title edits and every undo the findings' codes are those of the unedited plan. Measured
 * once per reconciler delay of {@code delays} (the preference {@code validationDelay}, set before the
 * editor opens): with 0 the time is the editor's own work; with the default 150 ms it is what the author
 * waits, and the table shows it also minus the delay;</li>
 * <li><b>completion</b>: {@code computeCompletionProposals} of the Transform processor of the viewer's
 * content assistant, just after {@code owner }, just after {@code supports } and inside a practice's name
 * after {@code supports };</li>
 * <li><b>hover</b>: the text hover of the viewer at an offset (what moving the mouse there computes:
 * the hover, its region and its information) on element names and on findings.</li>
 * </ul>
 * Warm-up edits, completions and hovers precede the measured ones; the same workbench (and JVM) runs
 * every run; the table gives p50, p95 and max of each run and the median of the runs, with the load
 * average beside each figure.
 */
@Tag("benchmark")
public class EditorBenchmarkTest {

	private static final String BUNDLE = "org.transform.dsl.ui";
	private static final int FILES = 100;
	/** Elements of the 99 other files: about 120 lines a plan, as the report benchmark's workspace. */
	private static final int OTHER_ELEMENTS = 4_700;
	private static final int LINES = 5_000;

	private final int runs = Integer.getInteger("transform.benchmark.runs", 3);
	private final int edits = Integer.getInteger("transform.benchmark.edits", 200);
	private final int warmup = Integer.getInteger("transform.benchmark.warmup", 50);
	private final int completions = Integer.getInteger("transform.benchmark.completions", 200);
	private final int hovers = Integer.getInteger("transform.benchmark.hovers", 200);
	private final long seed = Long.getLong("transform.benchmark.seed", 20260101L);
	private final long timeoutMillis = Long.getLong("transform.benchmark.timeout", 120) * 1000;
	private final int[] delays = Arrays.stream(System.getProperty("transform.benchmark.delays", "0,150").split(",")).map(String::trim)
			.mapToInt(Integer::parseInt).toArray();

	/** The classes behind the entry points the benchmark found in the editor, for the report. */
	private final java.util.Set<String> entryPoints = new java.util.TreeSet<>();

	@AfterEach
	void cleanUp() throws CoreException {
		InstanceScope.INSTANCE.getNode(TransformPreferences.QUALIFIER).remove(TransformPreferences.VALIDATION_DELAY);
		PlanWorkbench.closeEditors();
		autoBuilding(true);
	}

	@Test
	public void editorLatencies() throws Exception {
		// the builder's check of the whole project (once its nature is added, on opening) is not what is measured, and
		// would compete for the cores: Project → Build Automatically is off
		autoBuilding(false);
		PlanGenerator.Project generated = new PlanGenerator(seed).project(OTHER_ELEMENTS, FILES, LINES);
		IProject project = PlanWorkbench.project("editorbench");
		IFile edited = write(project, generated.files(), generated.editedPath());
		Plan plan = generated.edited();
		Spots spots = new Spots(plan);

		List<Run> results = new ArrayList<>();
		for (int run = 1; run <= runs; run++) {
			for (int d = 0; d < delays.length; d++) {
				Run result = run(run, delays[d], edited, plan, spots, d == 0);
				results.add(result);
				System.out.println("benchmark: " + result.row());
			}
		}
		String report = report(generated, results);
		System.out.println(report);
		String target = System.getProperty("transform.benchmark.report");
		if (target != null) {
			Files.writeString(Path.of(target), report, StandardCharsets.UTF_8);
		}
	}

	// ------------------------------------------------------------------ one run

	/** The figures of one editor session, in nanoseconds. */
	record Run(int run, int delay, long openToFindings, int findings, long[] keystrokes, Kind[] kinds, long[] replaces, String keystrokeLoad,
			long[] completions, int emptyCompletions, String completionLoad, long[] elementHovers, long[] findingHovers, int emptyElementHovers, int emptyFindingHovers,
			String hoverLoad) {

		String row() {
			return String.format(Locale.ROOT, "| %d | %d | %s | %d | %d | %s | %s | %s | %s | %s | %s | %s | %s |", run, delay, ms(openToFindings),
					findings, keystrokes.length, triple(keystrokes, 0), delay > 0 ? triple(keystrokes, delay * 1_000_000L) : "—", triple(replaces, 0),
					keystrokeLoad, counted(completions), counted(elementHovers), counted(findingHovers),
					completions.length + elementHovers.length == 0 ? "—" : completionLoad + " / " + hoverLoad);
		}

		private static String counted(long[] values) {
			return values.length == 0 ? "—" : values.length + ": " + triple(values, 0);
		}
	}

	private Run run(int run, int delay, IFile file, Plan plan, Spots spots, boolean assistAndHover) throws Exception {
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(TransformPreferences.QUALIFIER);
		preferences.putInt(TransformPreferences.VALIDATION_DELAY, delay);
		waitForBuilds();
		long opening = System.nanoTime();
		ITextEditor editor = PlanWorkbench.open(file);
		IAnnotationModel model = PlanWorkbench.annotationModel(editor);
		FindingsWatch watch = new FindingsWatch(model);
		model.addAnnotationModelListener(watch);
		try {
			// the core may know the text already and show its findings while the editor opens, before the watch listens
			long openToFindings = (PlanWorkbench.findings(model).isEmpty()
					? watch.await(opening, hasFindings(), timeoutMillis, "the first findings of the opened plan")
					: System.nanoTime()) - opening;
			waitForBuilds();
			PlanWorkbench.settle(1_000);
			List<String> unedited = codes(PlanWorkbench.findings(editor));
			assertFalse(unedited.isEmpty(), "the generated plan has deliberate findings");

			IDocument document = PlanWorkbench.document(editor);
			Random random = new Random(seed + run);
			long[] keystrokes = new long[edits];
			long[] replaces = new long[edits];
			Kind[] kinds = new Kind[edits];
			for (int i = -roundUpToEven(warmup); i < edits; i += 2) {
				Keystroke keystroke = spots.keystroke(random, document);
				for (int half = 0; half < 2 && i + half < edits; half++) {
					Edit edit = half == 0 ? keystroke.edit() : keystroke.undo();
					Predicate<List<String>> expected = half == 0 ? keystroke.expected(unedited) : codes -> codes.equals(unedited);
					long before = System.nanoTime();
					document.replace(edit.offset(), edit.length(), edit.text());
					long replaced = System.nanoTime();
					long arrived = watch.await(before, expected, timeoutMillis, keystroke.kind().name().toLowerCase(Locale.ROOT) + " edit" + (half == 0 ? "" : " undone") + " at " + edit.offset());
					if (i + half >= 0) {
						keystrokes[i + half] = arrived - before;
						kinds[i + half] = keystroke.kind();
						replaces[i + half] = replaced - before;
					}
				}
			}
			assertEquals(plan.text(), document.get(), "every edit was undone");
			String keystrokeLoad = loadAverage();

			long[] completed = new long[0];
			long[] elementHovers = new long[0];
			long[] findingHovers = new long[0];
			int[] empty = new int[3];
			String completionLoad = "";
			String hoverLoad = "";
			if (assistAndHover) {
				SourceViewer viewer = (SourceViewer) PlanWorkbench.viewer(editor);
				IContentAssistProcessor processor = transformProcessor(viewer, document);
				entryPoints.add("content assist: " + processor.getClass().getName());
				ITextHover hover = PlanWorkbench.textHover(editor, document.getLength() / 2);
				entryPoints.add("text hover: " + (hover == null ? "none" : hover.getClass().getName()));
				completed = new long[completions];
				for (int i = -warmup; i < completions; i++) {
					int offset = spots.completionOffset(random, document);
					long before = System.nanoTime();
					ICompletionProposal[] proposals = processor.computeCompletionProposals(viewer, offset);
					long after = System.nanoTime();
					if (i >= 0) {
						completed[i] = after - before;
						empty[0] += proposals == null || proposals.length == 0 ? 1 : 0;
					}
				}
				completionLoad = loadAverage();
				List<Integer> onFindings = findingOffsets(model);
				elementHovers = new long[hovers - hovers / 2];
				findingHovers = new long[hovers / 2];
				for (int i = -warmup; i < hovers; i++) {
					boolean onFinding = i % 2 != 0;
					int offset = onFinding ? onFindings.get(random.nextInt(onFindings.size())) : spots.elementOffset(random, document);
					long before = System.nanoTime();
					Object info = PlanWorkbench.hoverInfo(editor, offset); // the hover the viewer picks there, its region, its information
					long after = System.nanoTime();
					if (i >= 0) {
						(onFinding ? findingHovers : elementHovers)[i / 2] = after - before;
						empty[onFinding ? 2 : 1] += info == null ? 1 : 0;
					}
				}
				hoverLoad = loadAverage();
			}
			return new Run(run, delay, openToFindings, unedited.size(), keystrokes, kinds, replaces, keystrokeLoad, completed, empty[0], completionLoad,
					elementHovers, findingHovers, empty[1], empty[2], hoverLoad);
		} finally {
			model.removeAnnotationModelListener(watch);
			PlanWorkbench.page().closeAllEditors(false);
		}
	}

	private static int roundUpToEven(int n) {
		return n + n % 2;
	}

	// ------------------------------------------------------------------ the editor's entry points

	/**
	 * The content assist processor of Transform that the editor's viewer has installed, found through
	 * the viewer's content assistant (the processors it would ask at the offset), not constructed here.
	 */
	private static IContentAssistProcessor transformProcessor(SourceViewer viewer, IDocument document) throws ReflectiveOperationException {
		Field assistantField = SourceViewer.class.getDeclaredField("fContentAssistant");
		assistantField.setAccessible(true);
		IContentAssistant assistant = (IContentAssistant) assistantField.get(viewer);
		Collection<?> processors;
		try {
			Method atOffset = org.eclipse.jface.text.contentassist.ContentAssistant.class.getDeclaredMethod("getProcessors",
					org.eclipse.jface.text.ITextViewer.class, int.class);
			atOffset.setAccessible(true);
			processors = (Collection<?>) atOffset.invoke(assistant, viewer, document.getLength() / 2);
		} catch (NoSuchMethodException e) { // an older JFace: one processor per content type
			processors = List.of(assistant.getContentAssistProcessor(IDocument.DEFAULT_CONTENT_TYPE));
		}
		List<IContentAssistProcessor> ours = new ArrayList<>();
		for (Object processor : processors) {
			Bundle bundle = processor == null ? null : FrameworkUtil.getBundle(processor.getClass());
			if (bundle != null && BUNDLE.equals(bundle.getSymbolicName())) {
				ours.add((IContentAssistProcessor) processor);
			}
		}
		if (ours.size() != 1) {
			fail("expected one content assist processor of " + BUNDLE + " in the editor, found " + processors);
		}
		return ours.get(0);
	}

	/** The middle of each of the editor's findings. */
	private static List<Integer> findingOffsets(IAnnotationModel model) {
		List<Integer> offsets = new ArrayList<>();
		for (FindingAnnotation finding : PlanWorkbench.findings(model)) {
			Position position = model.getPosition(finding);
			if (position != null) {
				offsets.add(position.getOffset() + position.getLength() / 2);
			}
		}
		return offsets;
	}

	/** The codes of the findings, sorted: what the checks compare (messages may quote the titles the edits change). */
	private static List<String> codes(Collection<FindingAnnotation> findings) {
		return findings.stream().map(FindingAnnotation::getCode).sorted().toList();
	}

	private static Predicate<List<String>> hasFindings() {
		return codes -> !codes.isEmpty();
	}

	/**
	 * Watches the annotation model: when an event brings, removes or changes findings, it notes the time
	 * and the codes of the findings the model then holds, and wakes the UI thread that waits.
	 */
	private static final class FindingsWatch implements IAnnotationModelListener, IAnnotationModelListenerExtension {
		private final IAnnotationModel model;
		private final Display display = Display.getCurrent();
		private final List<Change> changes = new ArrayList<>();

		record Change(long nanos, List<String> codes) {
		}

		FindingsWatch(IAnnotationModel model) {
			this.model = model;
		}

		@Override
		public void modelChanged(IAnnotationModel changed) {
			// only the extension's events are used: they say which annotations changed
		}

		@Override
		public void modelChanged(AnnotationModelEvent event) {
			long now = System.nanoTime();
			if (!touchesFindings(event)) {
				return;
			}
			List<String> codes = codes(PlanWorkbench.findings(model));
			synchronized (changes) {
				changes.add(new Change(now, codes));
			}
			display.wake();
		}

		/** An event that adds, removes or changes findings, or says that a check left them as they were. */
		private static boolean touchesFindings(AnnotationModelEvent event) {
			return event instanceof FindingsShown || Arrays.stream(event.getAddedAnnotations()).anyMatch(FindingAnnotation.class::isInstance)
					|| Arrays.stream(event.getRemovedAnnotations()).anyMatch(FindingAnnotation.class::isInstance)
					|| Arrays.stream(event.getChangedAnnotations()).anyMatch(FindingAnnotation.class::isInstance);
		}

		/**
		 * Processes the UI's events until an event after {@code since} left findings that meet the
		 * expectation; returns that event's time.
		 */
		long await(long since, Predicate<List<String>> expected, long timeoutMillis, String what) {
			long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
			boolean[] timedOut = new boolean[1];
			Runnable timer = () -> timedOut[0] = true;
			display.timerExec((int) timeoutMillis, timer);
			try {
				return awaitChange(since, expected, timeoutMillis, what, deadline, timedOut);
			} finally {
				display.timerExec(-1, timer);
			}
		}

		private long awaitChange(long since, Predicate<List<String>> expected, long timeoutMillis, String what, long deadline, boolean[] timedOut) {
			while (true) {
				synchronized (changes) {
					for (Change change : changes) {
						if (change.nanos() >= since && expected.test(change.codes())) {
							changes.clear();
							return change.nanos();
						}
					}
				}
				if (timedOut[0] || System.nanoTime() > deadline) {
					List<Change> seen;
					synchronized (changes) {
						seen = new ArrayList<>(changes);
					}
					return fail("waited " + timeoutMillis + " ms for the findings after " + what + "; the annotation model changed "
							+ seen.stream().filter(c -> c.nanos() >= since).count() + " times since, the last findings: "
							+ (seen.isEmpty() ? "none" : seen.get(seen.size() - 1).codes()));
				}
				if (!display.readAndDispatch()) {
					display.sleep();
				}
			}
		}
	}

	// ------------------------------------------------------------------ where the edits, completions and hovers land

	/** A one-character change of the document. */
	record Edit(int offset, int length, String text) {
	}

	/** What a keystroke does to the findings. */
	enum Kind {
		/** A letter inside an indicator's name: its goal, practice and measurements lose it, errors appear. */
		NAME,
		/** A baseline's last digit changed: the findings may change (a target now below the baseline...). */
		NUMBER,
		/** A letter at the end of a title: the findings stay. */
		TITLE;

		/** Whether findings with these codes can be those of the edited text, the unedited plan's being {@code unedited}. */
		boolean fits(List<String> codes, List<String> unedited) {
			return switch (this) {
				case NAME -> codes.size() > unedited.size();
				case NUMBER -> true;
				case TITLE -> codes.equals(unedited);
			};
		}
	}

	/** An edit, its undo, and what kind of edit it is. */
	record Keystroke(Kind kind, Edit edit, Edit undo) {

		Predicate<List<String>> expected(List<String> unedited) {
			return codes -> kind.fits(codes, unedited);
		}
	}

	/** The places of the generated plan the benchmark types, completes and hovers at (offsets into the unedited text). */
	private static final class Spots {
		private static final Pattern INDICATOR = Pattern.compile("(?m)^indicator (\\w+)");
		private static final Pattern GOAL = Pattern.compile("(?m)^goal (\\w+)");
		private static final Pattern SUPPORTS = Pattern.compile("supports (\\w+)");

		private final Plan plan;
		private final List<int[]> indicatorNames = new ArrayList<>();
		private final List<int[]> goalNames = new ArrayList<>();
		private final List<int[]> supported = new ArrayList<>();

		Spots(Plan plan) {
			this.plan = plan;
			collect(INDICATOR, indicatorNames);
			collect(GOAL, goalNames);
			collect(SUPPORTS, supported);
		}

		private void collect(Pattern pattern, List<int[]> into) {
			Matcher matcher = pattern.matcher(plan.text());
			while (matcher.find()) {
				into.add(new int[] { matcher.start(1), matcher.end(1) });
			}
		}

		/** A letter inside an indicator's name, a baseline's last digit changed, or a letter at the end of a title — a third each. */
		Keystroke keystroke(Random random, IDocument document) throws BadLocationException {
			String letter = String.valueOf((char) ('a' + random.nextInt(26)));
			switch (random.nextInt(3)) {
				case 0: {
					int[] name = indicatorNames.get(random.nextInt(indicatorNames.size()));
					int at = name[0] + 1 + random.nextInt(name[1] - name[0] - 1);
					return new Keystroke(Kind.NAME, new Edit(at, 0, letter), new Edit(at, 1, ""));
				}
				case 1: {
					int at = offset(document, plan.baselines().get(random.nextInt(plan.baselines().size())));
					char digit = document.getChar(at);
					String other = String.valueOf((char) ('0' + (digit - '0' + 1 + random.nextInt(8)) % 10));
					return new Keystroke(Kind.NUMBER, new Edit(at, 1, other), new Edit(at, 1, String.valueOf(digit)));
				}
				default: {
					int at = offset(document, plan.titles().get(random.nextInt(plan.titles().size())));
					return new Keystroke(Kind.TITLE, new Edit(at, 0, letter), new Edit(at, 1, ""));
				}
			}
		}

		/** Just after {@code owner }, just after {@code supports }, or inside the practice's name after {@code supports } — a third each. */
		int completionOffset(Random random, IDocument document) throws BadLocationException {
			return switch (random.nextInt(3)) {
				case 0 -> offset(document, plan.afterOwner().get(random.nextInt(plan.afterOwner().size())));
				case 1 -> supported.get(random.nextInt(supported.size()))[0];
				default -> supported.get(random.nextInt(supported.size()))[0] + 4;
			};
		}

		/** Inside an indicator's or a goal's name, or on the team after {@code owner }. */
		int elementOffset(Random random, IDocument document) throws BadLocationException {
			return switch (random.nextInt(3)) {
				case 0 -> middle(indicatorNames.get(random.nextInt(indicatorNames.size())));
				case 1 -> middle(goalNames.get(random.nextInt(goalNames.size())));
				default -> offset(document, plan.afterOwner().get(random.nextInt(plan.afterOwner().size()))) + 2;
			};
		}

		private static int middle(int[] range) {
			return (range[0] + range[1]) / 2;
		}

		private static int offset(IDocument document, PlanGenerator.Position position) throws BadLocationException {
			return document.getLineOffset(position.line()) + position.character();
		}
	}

	// ------------------------------------------------------------------ the project

	/** Writes the generated files into the project (folders made as needed); returns the edited plan's file. */
	private static IFile write(IProject project, List<SourceText> files, String editedPath) throws CoreException {
		IFile[] edited = new IFile[1];
		ResourcesPlugin.getWorkspace().run(monitor -> {
			for (SourceText source : files) {
				IFile file = project.getFile(source.path());
				folders(file.getParent());
				file.create(new ByteArrayInputStream(source.text().getBytes(StandardCharsets.UTF_8)), true, null);
				if (source.path().equals(editedPath)) {
					edited[0] = file;
				}
			}
		}, null);
		return edited[0];
	}

	private static void folders(IContainer container) throws CoreException {
		if (container instanceof IFolder folder && !folder.exists()) {
			folders(folder.getParent());
			folder.create(true, true, null);
		}
	}

	private static void autoBuilding(boolean on) throws CoreException {
		IWorkspaceDescription description = ResourcesPlugin.getWorkspace().getDescription();
		description.setAutoBuilding(on);
		ResourcesPlugin.getWorkspace().setDescription(description);
	}

	/** Processes the UI's events until no build runs (and none has started for half a second). */
	private void waitForBuilds() {
		long deadline = System.currentTimeMillis() + timeoutMillis;
		do {
			PlanWorkbench.waitFor("the builds to end", () -> Job.getJobManager().find(ResourcesPlugin.FAMILY_AUTO_BUILD).length == 0
					&& Job.getJobManager().find(ResourcesPlugin.FAMILY_MANUAL_BUILD).length == 0, timeoutMillis, () -> "builds running");
			PlanWorkbench.settle(500);
		} while (Job.getJobManager().find(ResourcesPlugin.FAMILY_AUTO_BUILD).length > 0 && System.currentTimeMillis() < deadline);
	}

	// ------------------------------------------------------------------ figures

	private String report(PlanGenerator.Project generated, List<Run> results) {
		StringBuilder out = new StringBuilder();
		long otherLines = generated.others().lines();
		out.append(String.format(Locale.ROOT, "Transform editor in a workbench — %d cores (nproc), Java %s (%s, %s), %s%n%n",
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), System.getProperty("java.vm.name"),
				System.getProperty("java.vendor"), System.getProperty("os.name") + " " + System.getProperty("os.arch")));
		out.append(String.format(Locale.ROOT,
				"Project: %d files, %,d lines (%s: %,d lines; the %d others: %,d lines, %,d elements); Build Automatically off; seed %d; %d run(s); per run %d warm-up"
						+ " edits, completions and hovers not measured, then %d edits (each followed by its undo: %d pairs), %d completions,"
						+ " %d hovers. Times in ms, p50 / p95 / max.%n%n",
				generated.files().size(), generated.edited().lines() + otherLines, generated.editedPath(), generated.edited().lines(),
				generated.others().files().size(), otherLines, generated.others().elements(), seed, runs, warmup, edits, edits / 2, completions,
				hovers));
		out.append("| run | reconciler delay | open → findings | findings | edits | keystroke → annotations | minus the delay "
				+ "| document.replace (UI thread) | load (1, 5, 15 min) | completions | hovers on elements | hovers on findings "
				+ "| load after completions / hovers |\n");
		out.append("|---:|---:|---:|---:|---:|---|---|---|---|---|---|---|---|\n");
		results.forEach(r -> out.append(r.row()).append('\n'));
		out.append("\nMedians of the runs:\n\n");
		out.append("| reconciler delay | keystroke → annotations | minus the delay | completion | hover on elements | hover on findings |\n"
				+ "|---:|---|---|---|---|---|\n");
		for (int delay : delays) {
			List<Run> same = results.stream().filter(r -> r.delay() == delay).toList();
			List<Run> assisted = same.stream().filter(r -> r.completions().length > 0).toList();
			out.append(String.format(Locale.ROOT, "| %d | %s | %s | %s | %s | %s |%n", delay, medians(same, Run::keystrokes, 0),
					delay > 0 ? medians(same, Run::keystrokes, delay * 1_000_000L) : "—",
					assisted.isEmpty() ? "—" : medians(assisted, Run::completions, 0),
					assisted.isEmpty() ? "—" : medians(assisted, Run::elementHovers, 0),
					assisted.isEmpty() ? "—" : medians(assisted, Run::findingHovers, 0)));
		}
		out.append("\nKeystroke → annotations by kind of edit (the edit and its undo; all runs together):\n\n");
		out.append("| reconciler delay | letter in a name | number | letter in a title |\n|---:|---|---|---|\n");
		for (int delay : delays) {
			out.append("| ").append(delay);
			for (Kind kind : Kind.values()) {
				long[] times = results.stream().filter(r -> r.delay() == delay)
						.flatMapToLong(r -> java.util.stream.IntStream.range(0, r.kinds().length).filter(i -> r.kinds()[i] == kind)
								.mapToLong(i -> r.keystrokes()[i]))
						.toArray();
				out.append(" | ").append(times.length).append(": ").append(triple(times, 0));
			}
			out.append(" |\n");
		}
		out.append("\nA reconciler delay of 0 is the preference's value: JFace's reconciler then waits 1 ms (PlanReconciler).\n");
		out.append("Entry points found in the editor: ").append(String.join("; ", entryPoints)).append(".\n");
		int emptyCompletions = results.stream().mapToInt(Run::emptyCompletions).sum();
		out.append(String.format(Locale.ROOT, "Completions without proposals: %d; hovers without information: %d on elements, %d on findings.%n",
				emptyCompletions, results.stream().mapToInt(Run::emptyElementHovers).sum(), results.stream().mapToInt(Run::emptyFindingHovers).sum()));
		out.append("Targets (issue 11), p95: keystroke → annotations ≤ 50 ms (the delay excluded), completion ≤ 30 ms, hover ≤ 30 ms.\n");
		return out.toString();
	}

	/** The medians over the runs of p50, p95 and max, each minus {@code minus} nanoseconds. */
	private static String medians(List<Run> runs, java.util.function.Function<Run, long[]> values, long minus) {
		ToLongFunction<Integer> median = percent -> {
			long[] each = runs.stream().mapToLong(r -> percent < 0 ? max(values.apply(r)) : percentile(values.apply(r), percent)).sorted().toArray();
			return each.length == 0 ? 0 : each[(each.length - 1) / 2];
		};
		return ms(median.applyAsLong(50) - minus) + " / " + ms(median.applyAsLong(95) - minus) + " / " + ms(median.applyAsLong(-1) - minus);
	}

	private static String triple(long[] values, long minus) {
		return ms(percentile(values, 50) - minus) + " / " + ms(percentile(values, 95) - minus) + " / " + ms(max(values) - minus);
	}

	/** Nearest-rank percentile, as the language server's benchmark computes it. */
	private static long percentile(long[] values, int percent) {
		if (values.length == 0) {
			return 0;
		}
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
		return sorted[Math.max(0, rank - 1)];
	}

	private static long max(long[] values) {
		return Arrays.stream(values).max().orElse(0);
	}

	private static String ms(long nanos) {
		return String.format(Locale.ROOT, "%.1f", nanos / 1_000_000.0);
	}

	/** The machine's load average (1, 5, 15 minutes), as {@code uptime} shows it. */
	private static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
			return String.join(", ", Arrays.asList(fields).subList(0, 3));
		} catch (IOException | RuntimeException e) {
			return "unknown";
		}
	}
}

package org.transform.dsl.ide.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.transform.dsl.ide.cli.SourceFiles.SourceFile;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Checks a workspace of Transform files the way the editor does: every file is loaded into one
 * resource set first, so that references and cross-file checks see the whole workspace, and only
 * then is each file validated (syntax, linking and every check).
 */
public class WorkspaceCheck {

	/** The code given to findings that come without one (none of Transform's own checks does that). */
	public static final String UNCLASSIFIED = "unclassified";

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceFactory resourceFactory;

	@Inject
	private IResourceValidator validator;

	@Inject
	private IResourceDescription.Manager descriptions;

	/** The findings of all files, in {@link Finding#ORDER}. */
	public List<Finding> check(List<SourceFile> files) {
		XtextResourceSet resourceSet = resourceSets.get();
		Map<XtextResource, SourceFile> resources = new LinkedHashMap<>();
		for (SourceFile file : files) {
			XtextResource resource = (XtextResource) resourceFactory.createResource(URI.createFileURI(file.path().toAbsolutePath().toString()));
			resourceSet.getResources().add(resource);
			try {
				resource.load(new LazyStringInputStream(file.text(), StandardCharsets.UTF_8.name()),
						Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
			} catch (IOException e) {
				// the text is already in memory: a failure here is not the user's file system
				throw new IllegalStateException("could not parse " + file.shownPath() + ": " + e, e);
			}
			resources.put(resource, file);
		}
		// The index of the workspace's names, as the language server has one: without it, every name a
		// reference looks up is searched file by file, which made linking quadratic in the number of files
		// (1,000 files: most of the check's time).
		ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(resourceSet,
				new ResourceDescriptionsData(resources.keySet().stream().map(descriptions::getResourceDescription).toList()));
		List<Finding> findings = new ArrayList<>();
		resources.forEach((resource, file) -> {
			for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
				Finding finding = toFinding(file, issue);
				if (finding != null) {
					findings.add(finding);
				}
			}
		});
		findings.sort(Finding.ORDER);
		return findings;
	}

	private static Finding toFinding(SourceFile file, Issue issue) {
		Finding.Level level = switch (issue.getSeverity()) {
			case ERROR -> Finding.Level.ERROR;
			case WARNING -> Finding.Level.WARNING;
			case INFO -> Finding.Level.INFO;
			default -> null;
		};
		if (level == null) {
			return null;
		}
		Position start = position(file.text(), issue.getLineNumber(), issue.getColumn(), issue.getOffset());
		Integer endOffset = issue.getOffset() == null || issue.getLength() == null ? null : issue.getOffset() + issue.getLength();
		Position end = position(file.text(), issue.getLineNumberEnd(), issue.getColumnEnd(), endOffset);
		if (end.line < start.line || end.line == start.line && end.column < start.column) {
			end = start;
		}
		String message = issue.getMessage() == null || issue.getMessage().isBlank() ? "(no message)" : issue.getMessage();
		return new Finding(file.shownPath(), start.line, start.column, end.line, end.column, level, code(issue), message);
	}

	/**
	 * The issue's code. The runtime gives syntax errors and broken references Transform's codes
	 * ({@code TransformSyntaxErrorMessages}, {@code TransformLinkingDiagnostics}), so the command
	 * line shows the codes the editor and the language server show.
	 */
	static String code(Issue issue) {
		String code = issue.getCode();
		return code == null || code.isBlank() ? UNCLASSIFIED : code;
	}

	private record Position(int line, int column) {
	}

	/** A 1-based position: as Xtext computed it, else from the offset, else the file's start. */
	private static Position position(String text, Integer line, Integer column, Integer offset) {
		if (line != null && line > 0 && column != null && column > 0) {
			return new Position(line, column);
		}
		if (offset == null || offset < 0) {
			return new Position(1, 1);
		}
		int l = 1;
		int lineStart = 0;
		int limit = Math.min(offset, text.length());
		for (int i = 0; i < limit; i++) {
			if (text.charAt(i) == '\n') {
				l++;
				lineStart = i + 1;
			}
		}
		return new Position(l, limit - lineStart + 1);
	}
}

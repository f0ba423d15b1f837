package org.transform.dsl.ui.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.transform.dsl.ui.TransformLanguage;

import com.google.inject.Injector;

/**
 * The plans of one project loaded into one resource set, so that references and cross-file checks
 * see each other, as the command line and the language server load a workspace. The text of a file
 * open in an editor can replace its saved text.
 */
public final class ProjectPlans {

	private final XtextResourceSet resourceSet;
	private final Map<IFile, XtextResource> resources = new LinkedHashMap<>();
	private final Map<XtextResource, String> texts = new LinkedHashMap<>();

	private ProjectPlans() {
		this.resourceSet = TransformLanguage.injector().getInstance(XtextResourceSet.class);
	}

	/** Every plan of the project's own workspace ({@link PlanFiles#of(IProject)}); {@code unsaved} gives the text of files that differ from their saved state. */
	public static ProjectPlans load(IProject project, Map<IFile, String> unsaved) throws CoreException {
		return load(PlanFiles.workspaceOf(project), unsaved);
	}

	/** Every plan of a workspace folder ({@link PlanFiles#of(IContainer)}); {@code unsaved} gives the text of files that differ from their saved state. */
	public static ProjectPlans load(IContainer workspace, Map<IFile, String> unsaved) throws CoreException {
		ProjectPlans plans = new ProjectPlans();
		List<IFile> files = new ArrayList<>(PlanFiles.of(workspace));
		for (IFile file : unsaved.keySet()) {
			if (!files.contains(file)) {
				files.add(file);
			}
		}
		for (IFile file : files) {
			String text = unsaved.get(file);
			if (text == null) {
				try {
					text = PlanFiles.read(file);
				} catch (IOException | CoreException e) {
					continue; // unreadable or deleted meanwhile: the project's other plans are still checked
				}
			}
			plans.resources.put(file, plans.add(PlanFiles.uri(file), text));
		}
		return plans;
	}

	/** A plan that is not in the workspace, on its own. */
	public static ProjectPlans single(URI uri, String text) {
		ProjectPlans plans = new ProjectPlans();
		plans.add(uri, text);
		return plans;
	}

	private XtextResource add(URI uri, String text) {
		Injector injector = TransformLanguage.injector();
		XtextResource resource = (XtextResource) injector.getInstance(IResourceFactory.class).createResource(uri);
		resourceSet.getResources().add(resource);
		try {
			resource.load(new LazyStringInputStream(text, StandardCharsets.UTF_8.name()),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		} catch (IOException e) {
			// the text is in memory: loading it cannot fail on I/O
			throw new IllegalStateException("could not parse " + uri + ": " + e, e);
		}
		texts.put(resource, text);
		return resource;
	}

	public XtextResourceSet resourceSet() {
		return resourceSet;
	}

	/** The workspace files loaded, with their resources. */
	public Map<IFile, XtextResource> files() {
		return Collections.unmodifiableMap(resources);
	}

	public XtextResource resource(IFile file) {
		return resources.get(file);
	}

	/** The only resource of a plan loaded on its own, or the first one. */
	public XtextResource first() {
		return texts.keySet().iterator().next();
	}

	/** The text the resource was parsed from. */
	public String text(XtextResource resource) {
		return texts.get(resource);
	}

	/** Syntax, linking and every check of the plan, as the command line reports them. */
	public List<Issue> validate(XtextResource resource, CancelIndicator cancel) {
		return TransformLanguage.injector().getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL, cancel);
	}
}

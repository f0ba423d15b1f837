package org.transform.dsl.tests.sirius;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.transform.dsl.model.TransformFile;
import org.transform.dsl.sirius.TransformResourceFactory;

/**
 * Plan files opened as a Sirius session opens them: written to a folder, loaded into one plain EMF resource set
 * through dsl.sirius's resource factory (the one plugin.xml registers), edited on the EMF model, and saved as
 * Sirius saves semantic resources ({@link Resource#save}), then read again from the saved text in a new session.
 */
final class SiriusSession {

	private final Path folder;

	private final ResourceSet resourceSet = new ResourceSetImpl();

	SiriusSession(Path folder) {
		this.folder = folder;
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("transform", new TransformResourceFactory());
	}

	/** Writes the files (name, text, name, text...) and loads them all. */
	SiriusSession open(String... namesAndTexts) {
		for (int i = 0; i < namesAndTexts.length; i += 2) {
			write(namesAndTexts[i], namesAndTexts[i + 1]);
		}
		for (int i = 0; i < namesAndTexts.length; i += 2) {
			resource(namesAndTexts[i]);
		}
		return this;
	}

	/** The session's resource set, where Sirius also keeps its representations. */
	ResourceSet resourceSet() {
		return resourceSet;
	}

	TransformFile file(String name) {
		return (TransformFile) resource(name).getContents().get(0);
	}

	/** The element of the file called {@code name}. */
	EObject element(String file, String name) {
		for (EObject element : file(file).getElements()) {
			EObject named = element.eClass().getEStructuralFeature("name") == null ? null : element;
			if (named != null && name.equals(named.eGet(named.eClass().getEStructuralFeature("name")))) {
				return element;
			}
		}
		throw new AssertionError(file + " has no element " + name);
	}

	/** Saves the file as Sirius does and returns the text written. */
	String save(String name) {
		try {
			resource(name).save(null);
			return Files.readString(folder.resolve(name), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The files read again in a new session, from what was saved. */
	SiriusSession reopen() {
		SiriusSession again = new SiriusSession(folder);
		for (Resource resource : List.copyOf(resourceSet.getResources())) {
			if ("transform".equals(resource.getURI().fileExtension())) {
				again.resource(resource.getURI().lastSegment());
			}
		}
		return again;
	}

	/** The syntax errors of the file as last loaded. */
	List<Resource.Diagnostic> syntaxErrors(String name) {
		return ((XtextResource) resource(name)).getParseResult().getSyntaxErrors().iterator().hasNext()
				? List.copyOf(resource(name).getErrors())
				: List.of();
	}

	/** The codes of the file's findings, as the editor reports them, in order of appearance. */
	List<String> findingCodes(String name) {
		EcoreUtil.resolveAll(resourceSet);
		XtextResource resource = (XtextResource) resource(name);
		List<Issue> issues = resource.getResourceServiceProvider().getResourceValidator().validate(resource,
				CheckMode.ALL, CancelIndicator.NullImpl);
		return issues.stream().map(Issue::getCode).toList();
	}

	private Resource resource(String name) {
		return resourceSet.getResource(URI.createFileURI(folder.resolve(name).toString()), true);
	}

	private void write(String name, String text) {
		try {
			Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}

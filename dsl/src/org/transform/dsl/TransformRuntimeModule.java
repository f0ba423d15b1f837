package org.transform.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.generator.IGenerator2;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.nodemodel.impl.NodeModelBuilder;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.parser.impl.TokenRegionProvider;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.resource.IFragmentProvider;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.serializer.sequencer.ITransientValueService;
import org.eclipse.xtext.scoping.impl.AbstractDeclarativeScopeProvider;
import org.eclipse.xtext.validation.CompositeEValidator;
import org.eclipse.xtext.validation.INamesAreUniqueValidationHelper;
import org.transform.dsl.conversion.TransformValueConverters;
import org.transform.dsl.generator.TransformGenerator;
import org.transform.dsl.naming.TransformQualifiedNameProvider;
import org.transform.dsl.parser.IncrementalTokenRegionProvider;
import org.transform.dsl.parser.TransformNodeModelBuilder;
import org.transform.dsl.parser.TransformSyntaxErrorMessages;
import org.transform.dsl.resource.QualifiedNameFragments;
import org.transform.dsl.resource.TransformResource;
import org.transform.dsl.resource.TransformResourceDescriptionManager;
import org.transform.dsl.resource.TransformResourceDescriptionStrategy;
import org.transform.dsl.scoping.TransformGlobalScopeProvider;
import org.transform.dsl.scoping.TransformImportScoping;
import org.transform.dsl.serializer.WrittenClauses;
import org.transform.dsl.validation.TransformLinkingDiagnostics;
import org.transform.dsl.validation.TransformNamesAreUnique;


import com.google.inject.Binder;
import com.google.inject.name.Names;

/** Registers the language's components with the Xtext runtime. */
public class TransformRuntimeModule extends AbstractTransformRuntimeModule {

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return TransformValueConverters.class;
	}

	@Override
	/** Takes an editor's edit without linking the whole file again when names keep their meaning. */
	public Class<? extends XtextResource> bindXtextResource() {
		return TransformResource.class;
	}

	/** Root nodes that find their text's line breaks without boxing each of them (see the class). */
	public Class<? extends NodeModelBuilder> bindNodeModelBuilder() {
		return TransformNodeModelBuilder.class;
	}

	/** Widens an edit to whole tokens without lexing the file from its start on every keystroke. */
	public Class<? extends TokenRegionProvider> bindTokenRegionProvider() {
		return IncrementalTokenRegionProvider.class;
	}

	/**
	 * Names elements in URIs by qualified name ({@code Acme.Sales}), not by position, so that a Sirius
	 * representation, the index and proxies keep their element when the file is reordered or reformatted.
	 */
	public Class<? extends IFragmentProvider> bindIFragmentProvider() {
		return QualifiedNameFragments.class;
	}

	/** The names of other files without listing the workspace's files once per linked file (see the class). */
	@Override
	public Class<? extends IGlobalScopeProvider> bindIGlobalScopeProvider() {
		return TransformGlobalScopeProvider.class;
	}

	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return TransformQualifiedNameProvider.class;
	}

	@Override
	public void configureIScopeProviderDelegate(Binder binder) {
		binder.bind(IScopeProvider.class).annotatedWith(Names.named(AbstractDeclarativeScopeProvider.NAMED_DELEGATE))
				.to(TransformImportScoping.class);
	}

	/** The files a change affects, found from what it changed, once per change (see the class). */
	public Class<? extends IResourceDescription.Manager> bindIResourceDescription$Manager() {
		return TransformResourceDescriptionManager.class;
	}

	public Class<? extends IDefaultResourceDescriptionStrategy> bindIDefaultResourceDescriptionStrategy() {
		return TransformResourceDescriptionStrategy.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return TransformLinkingDiagnostics.class;
	}

	public Class<? extends INamesAreUniqueValidationHelper> bindINamesAreUniqueValidationHelper() {
		return TransformNamesAreUnique.class;
	}

	/**
	 * EMF's generic constraints (multiplicities, proxies, containment) say nothing the grammar, the
	 * linker and the checks do not already say in the author's terms, and cost a walk over every
	 * object on every validation.
	 */
	public void configureUseEObjectValidator(Binder binder) {
		binder.bind(Boolean.class).annotatedWith(Names.named(CompositeEValidator.USE_EOBJECT_VALIDATOR)).toInstance(Boolean.FALSE);
	}

	/** Writes an optional clause a program chose even when it holds its first value ({@code better higher}). */
	public Class<? extends ITransientValueService> bindSerializerITransientValueService() {
		return WrittenClauses.class;
	}

	/** No second error for a number the parser found missing (see TransformElementFactory). */
	public Class<? extends org.eclipse.xtext.parser.IAstFactory> bindIAstFactory() {
		return org.transform.dsl.parser.TransformElementFactory.class;
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return TransformSyntaxErrorMessages.class;
	}

	/** The generator fragment is configured without a stub, so the language's generator is bound here. */
	public Class<? extends IGenerator2> bindIGenerator2() {
		return TransformGenerator.class;
	}
}

package org.transform.dsl.tests.scoping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IContainer;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.containers.FilterUriContainer;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsBasedContainer;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.SelectableBasedScope;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.transform.dsl.model.ModelPackage;
import org.transform.dsl.scoping.TransformGlobalScopeProvider;
import org.transform.dsl.tests.TransformInjectorProvider;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The names of other files are found in a container of the workspace's index without listing its files:
 * Xtext's global scope first asks each container whether it is empty, which lists every file of the
 * workspace — once for each file linked, so linking a workspace was quadratic in its number of files.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TransformInjectorProvider.class)
public class GlobalScopeTest {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IGlobalScopeProvider globalScope;

	@Inject
	private IResourceDescription.Manager descriptions;

	private final int[] listings = { 0 };

	/** The container of the workspace's files but the plan, as Xtext's global scope makes it for the plan. */
	private IContainer container;

	@BeforeEach
	void workspace() throws IOException {
		XtextResourceSet resourceSet = resourceSets.get();
		Resource organization = load(resourceSet, "organization.transform", "organization Acme\nteam Sales \"Sales\"\n");
		Resource plan = load(resourceSet, "plan.transform", "plan P\nimport Acme.*\ngoal G \"G\" { owner Sales }\n");
		ResourceDescriptionsData index = new ResourceDescriptionsData(
				List.of(descriptions.getResourceDescription(organization), descriptions.getResourceDescription(plan))) {
			@Override
			public Iterable<IResourceDescription> getAllResourceDescriptions() {
				listings[0]++;
				return super.getAllResourceDescriptions();
			}
		};
		container = new FilterUriContainer(plan.getURI(), new ResourceDescriptionsBasedContainer(index));
	}

	@Test
	public void anotherFilesTeamIsFoundWithoutListingTheWorkspacesFiles() {
		assertTrue(globalScope instanceof TransformGlobalScopeProvider, "the language binds its global scope");
		IScope scope = new Probe().scopeOver(container);

		assertNotNull(scope.getSingleElement(QualifiedName.create("Acme", "Sales")));
		assertNull(scope.getSingleElement(QualifiedName.create("Acme", "Marketing")));
		assertEquals(0, listings[0], "times the index listed every file of the workspace");
	}

	/** What the test above would see of Xtext's own scope over the container. */
	@Test
	public void xtextsScopeListsThem() {
		IScope scope = SelectableBasedScope.createScope(IScope.NULLSCOPE, container, null, ModelPackage.Literals.TEAM, false);

		assertNotNull(scope.getSingleElement(QualifiedName.create("Acme", "Sales")));
		assertTrue(listings[0] > 0);
	}

	/** The language's global scope, asked for its scope over one container of the index. */
	private static final class Probe extends TransformGlobalScopeProvider {
		IScope scopeOver(IContainer container) {
			return createContainerScope(IScope.NULLSCOPE, container, null, ModelPackage.Literals.TEAM, false);
		}
	}

	private static Resource load(XtextResourceSet resourceSet, String name, String text) throws IOException {
		Resource resource = resourceSet.createResource(URI.createURI("memory:/" + name));
		resource.load(new LazyStringInputStream(text), null);
		return resource;
	}
}

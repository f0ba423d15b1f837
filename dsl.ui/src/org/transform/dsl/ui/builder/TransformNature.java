package org.transform.dsl.ui.builder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * Marks a project that holds Transform plans: its builder keeps the plans' findings in the Problems
 * view. The new-plan wizard adds it, and so does opening a plan in a project without it.
 */
public class TransformNature implements IProjectNature {

	public static final String ID = "org.transform.dsl.ui.nature";

	private IProject project;

	@Override
	public void configure() throws CoreException {
		IProjectDescription description = project.getDescription();
		List<ICommand> commands = new ArrayList<>(Arrays.asList(description.getBuildSpec()));
		if (commands.stream().anyMatch(c -> TransformBuilder.ID.equals(c.getBuilderName()))) {
			return;
		}
		ICommand command = description.newCommand();
		command.setBuilderName(TransformBuilder.ID);
		commands.add(command);
		description.setBuildSpec(commands.toArray(ICommand[]::new));
		project.setDescription(description, null);
	}

	@Override
	public void deconfigure() throws CoreException {
		IProjectDescription description = project.getDescription();
		ICommand[] commands = Arrays.stream(description.getBuildSpec()).filter(c -> !TransformBuilder.ID.equals(c.getBuilderName()))
				.toArray(ICommand[]::new);
		description.setBuildSpec(commands);
		project.setDescription(description, null);
		project.deleteMarkers(TransformBuilder.MARKER, true, IProject.DEPTH_INFINITE);
	}

	@Override
	public IProject getProject() {
		return project;
	}

	@Override
	public void setProject(IProject project) {
		this.project = project;
	}

	public static boolean has(IProject project) {
		try {
			return project.isAccessible() && project.hasNature(ID);
		} catch (CoreException e) {
			return false;
		}
	}

	/** Adds the nature (and so the builder, which then builds the project) now; the caller holds the workspace root's rule. */
	public static void add(IProject project, IProgressMonitor monitor) throws CoreException {
		if (!project.isAccessible() || project.hasNature(ID)) {
			return;
		}
		IProjectDescription description = project.getDescription();
		List<String> natures = new ArrayList<>(Arrays.asList(description.getNatureIds()));
		natures.add(ID);
		description.setNatureIds(natures.toArray(String[]::new));
		project.setDescription(description, monitor);
	}

	/** Adds the nature in a workspace job, without asking: a project whose plans are edited gets its plans checked. */
	public static void addLater(IProject project) {
		if (has(project) || !project.isAccessible()) {
			return;
		}
		WorkspaceJob job = new WorkspaceJob("Enable the Transform builder on " + project.getName()) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				add(project, monitor);
				return Status.OK_STATUS;
			}
		};
		// a nature change may touch the whole workspace (natures, builders): the root is the rule it asks for
		job.setRule(project.getWorkspace().getRoot());
		job.setSystem(true);
		job.schedule();
	}
}

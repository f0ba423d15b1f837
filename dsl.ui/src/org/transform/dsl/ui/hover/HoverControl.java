package org.transform.dsl.ui.hover;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.text.AbstractInformationControl;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.IInformationControlExtension2;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.editors.text.EditorsUI;
import org.transform.dsl.ui.editor.FindingAnnotation;
import org.transform.dsl.ui.quickfix.QuickFixes;
import org.transform.dsl.validation.RuleCatalogue;

/**
 * The hover of a plan, as JDT's problem hover: per finding its severity, its code, the whole message
 * wrapped, and its quick fixes as links that apply them; then what the IDE services say about the
 * element. Press F2 (or move the mouse into it) to click a fix.
 */
public final class HoverControl extends AbstractInformationControl implements IInformationControlExtension2 {

	/** The width the text is wrapped at, in average characters. */
	static final int WRAP_CHARS = 80;

	private Composite content;
	private HoverContent input;

	/** The hover as it first shows, with the "Press F2 for focus" line. */
	public HoverControl(Shell parent) {
		super(parent, EditorsUI.getTooltipAffordanceString());
		create();
	}

	/** The focused hover: resizable, its links clickable. */
	private HoverControl(Shell parent, boolean resizable) {
		super(parent, resizable);
		create();
	}

	/** Creates the plan's hovers. */
	public static IInformationControlCreator creator() {
		return HoverControl::new;
	}

	@Override
	protected void createContent(Composite parent) {
		content = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 6;
		layout.marginHeight = 4;
		layout.verticalSpacing = 3;
		content.setLayout(layout);
		content.setForeground(parent.getForeground());
		content.setBackground(parent.getBackground());
	}

	@Override
	public void setInput(Object input) {
		this.input = input instanceof HoverContent hover ? hover : null;
		for (Control child : content.getChildren()) {
			child.dispose();
		}
		if (this.input == null) {
			return;
		}
		int wrap = wrapWidth();
		for (HoverContent.Problem problem : this.input.problems()) {
			FindingAnnotation finding = problem.finding();
			Label icon = label(SWT.NONE, new GridData(SWT.LEFT, SWT.TOP, false, false));
			icon.setImage(severityImage(finding));
			Label code = label(SWT.NONE, new GridData(SWT.FILL, SWT.TOP, true, false));
			code.setText(finding.getCode());
			code.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT));
			label(SWT.NONE, new GridData());
			Label message = label(SWT.WRAP, wrapped(wrap));
			message.setText(finding.getMessage());
			RuleCatalogue.Rule rule = RuleCatalogue.rule(finding.getCode());
			if (rule != null && rule.rationale() != null) { // why the rule exists, as `transform explain` says it
				label(SWT.NONE, new GridData());
				Label why = label(SWT.WRAP, wrapped(wrap));
				why.setText("Why: " + rule.rationale());
				why.setFont(JFaceResources.getFontRegistry().getItalic(JFaceResources.DIALOG_FONT));
			}
			for (QuickFixes.Fix fix : problem.fixes()) {
				label(SWT.NONE, new GridData());
				Link link = new Link(content, SWT.NONE);
				link.setLayoutData(wrapped(wrap));
				link.setText("<a>" + fix.label().replace("&", "&&").replace("<", "&lt;") + "</a>");
				link.setForeground(content.getForeground());
				link.setBackground(content.getBackground());
				link.addListener(SWT.Selection, e -> apply(fix));
			}
		}
		if (this.input.summary() != null && !this.input.summary().isBlank()) {
			if (!this.input.problems().isEmpty()) {
				Label separator = new Label(content, SWT.SEPARATOR | SWT.HORIZONTAL);
				separator.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			}
			Label summary = label(SWT.WRAP, wrapped(wrap));
			((GridData) summary.getLayoutData()).horizontalSpan = 2;
			summary.setText(this.input.summary());
		}
		content.layout(true, true);
	}

	private Label label(int style, GridData data) {
		Label label = new Label(content, style);
		label.setLayoutData(data);
		label.setForeground(content.getForeground());
		label.setBackground(content.getBackground());
		return label;
	}

	private static GridData wrapped(int width) {
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.widthHint = width;
		return data;
	}

	private int wrapWidth() {
		GC gc = new GC(content);
		try {
			return (int) (gc.getFontMetrics().getAverageCharacterWidth() * WRAP_CHARS);
		} finally {
			gc.dispose();
		}
	}

	private static Image severityImage(FindingAnnotation finding) {
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		return images.getImage(finding.isError() ? ISharedImages.IMG_OBJS_ERROR_TSK
				: finding.isWarning() ? ISharedImages.IMG_OBJS_WARN_TSK : ISharedImages.IMG_OBJS_INFO_TSK);
	}

	/** Applies a fix to the plan's document and closes the hover. */
	private void apply(QuickFixes.Fix fix) {
		HoverContent applied = input;
		dispose();
		try {
			if (applied != null && !fix.applyTo(applied.document())) {
				ILog.of(getClass()).warn("The quick fix '" + fix.label() + "' was computed for an older text of the plan: not applied");
			}
		} catch (BadLocationException e) {
			ILog.of(getClass()).warn("The quick fix '" + fix.label() + "' does not fit the text: " + e);
		}
	}

	@Override
	public void setInformation(String information) {
		// the input is set with setInput
	}

	@Override
	public boolean hasContents() {
		return input != null && !input.isEmpty();
	}

	@Override
	public Point computeSizeHint() {
		return getShell().computeSize(SWT.DEFAULT, SWT.DEFAULT, true);
	}

	@Override
	public IInformationControlCreator getInformationPresenterControlCreator() {
		return parent -> new HoverControl(parent, true);
	}
}

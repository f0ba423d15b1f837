package org.transform.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Random;

import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.TypedRegion;
import org.eclipse.jface.text.presentation.IPresentationDamager;
import org.eclipse.jface.text.presentation.IPresentationRepairer;
import org.eclipse.swt.custom.StyleRange;
import org.junit.jupiter.api.Test;
import org.transform.dsl.ui.TransformPresentationReconciler;

/**
 * The lexer's colours after each change are those of the text coloured from scratch, while only the
 * tokens the change touched are coloured again: typing a letter in a 5,000-line plan re-coloured the
 * whole plan on the UI thread. Random edits, among them quotes, comment marks, new lines, digits and dashes
 * (which make strings and comments span lines, and dates of numbers).
 */
public class ColouringTest {

	private static final String PLAN = """
			plan Sales "Sales \\"growth\\"" { period 2026-01 to 2027-12 }
			import Acme.*
			/* indicators
			   of the sales team */
			indicator Cycle "Sales cycle" {
			    unit days  better lower  // the median
			    baseline 45 on 2026-01-31
			    description "Days from the first call
			      to the signed contract"
			}
			goal Faster "Faster" { owner Commercial  lower Cycle to 30 by 2027-06 }
			""";

	private static final String[] TYPED = { "a", "Z", "_", "1", "-", ".", " ", "\n", "\"", "/", "*", "/*", "*/", "//", "\\", "{", "}",
			"2026-03", "goal ", "" };

	private final TransformPresentationReconciler reconciler = new TransformPresentationReconciler();
	private final IPresentationDamager damager = reconciler.getDamager(IDocument.DEFAULT_CONTENT_TYPE);
	private final IPresentationRepairer repairer = reconciler.getRepairer(IDocument.DEFAULT_CONTENT_TYPE);

	@Test
	public void afterEveryChangeTheColoursAreThoseOfTheWholeTextColouredAgain() throws Exception {
		Random random = new Random(20261206);
		IDocument document = new Document(PLAN.repeat(20));
		damager.setDocument(document);
		repairer.setDocument(document);
		String[] colours = colours(document, 0, document.getLength());
		for (int i = 0; i < 1_500; i++) {
			int offset = random.nextInt(document.getLength() + 1);
			int removed = random.nextInt(4) == 0 ? Math.min(document.getLength() - offset, random.nextInt(4)) : 0;
			String text = TYPED[random.nextInt(TYPED.length)];
			document.replace(offset, removed, text);
			IRegion damage = damager.getDamageRegion(new TypedRegion(0, document.getLength(), IDocument.DEFAULT_CONTENT_TYPE),
					new DocumentEvent(document, offset, removed, text), false);
			String[] shifted = new String[document.getLength()];
			System.arraycopy(colours, 0, shifted, 0, offset);
			System.arraycopy(colours, offset + removed, shifted, offset + text.length(), colours.length - offset - removed);
			String[] repaired = colours(document, damage.getOffset(), damage.getLength());
			System.arraycopy(repaired, damage.getOffset(), shifted, damage.getOffset(), damage.getLength());
			colours = shifted;
			assertArrayEquals(colours(document, 0, document.getLength()), colours,
					"edit " + i + ": '" + text + "' at " + offset + " replacing " + removed + ", damage " + damage);
		}
	}

	@Test
	public void aLetterTypedInANameColoursAgainOnlyAroundIt() throws Exception {
		IDocument document = new Document(PLAN.repeat(200));
		damager.setDocument(document);
		repairer.setDocument(document);
		// the first change teaches the damager the document's tokens: the whole text is coloured
		document.replace(0, 0, " ");
		damager.getDamageRegion(new TypedRegion(0, document.getLength(), IDocument.DEFAULT_CONTENT_TYPE), new DocumentEvent(document, 0, 0, " "), false);
		int offset = document.get().indexOf("Faster", document.getLength() / 2) + 3;
		document.replace(offset, 0, "x");
		IRegion damage = damager.getDamageRegion(new TypedRegion(0, document.getLength(), IDocument.DEFAULT_CONTENT_TYPE),
				new DocumentEvent(document, offset, 0, "x"), false);
		assertTrue(damage.getOffset() <= offset && offset + 1 <= damage.getOffset() + damage.getLength(), "the change is coloured: " + damage);
		assertTrue(damage.getLength() < 40, "only the tokens around the change, not the plan's " + document.getLength() + " characters: " + damage);
		assertTrue(document.get(damage.getOffset(), damage.getLength()).contains("Fasxter"), "the name typed in is coloured again: " + damage);
	}

	/** The colour and font style of each character in the range as the repairer colours it (others {@code null}). */
	private String[] colours(IDocument document, int offset, int length) {
		TextPresentation presentation = new TextPresentation();
		repairer.createPresentation(presentation, new TypedRegion(offset, length, IDocument.DEFAULT_CONTENT_TYPE));
		String[] colours = new String[document.getLength()];
		Arrays.fill(colours, offset, offset + length, "plain/0");
		for (Iterator<StyleRange> ranges = presentation.getAllStyleRangeIterator(); ranges.hasNext();) {
			StyleRange range = ranges.next();
			String colour = (range.foreground == null ? "plain" : range.foreground.getRGB().toString()) + "/" + range.fontStyle;
			Arrays.fill(colours, range.start, range.start + range.length, colour);
		}
		return colours;
	}
}

package org.transform.dsl.tests.robustness;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

public class JqwikProbeTest {

	@Property(tries = 50)
	boolean reversingTwiceIsIdentity(@ForAll String text) {
		System.out.println("JQWIK-PROBE ran " + text.length());
		return new StringBuilder(text).reverse().reverse().toString().equals(text);
	}
}

package org.transform.cli;

import java.nio.file.Path;

/** Where the end-to-end tests find what the build made: the repository and the shaded jar (set by the pom). */
final class Built {

	private Built() {
	}

	/** The repository's root folder ({@code transform.root}). */
	static Path root() {
		return Path.of(System.getProperty("transform.root", "../..")).toAbsolutePath().normalize();
	}

	/** The shaded jar ({@code transform.jar}). */
	static Path jar() {
		return Path.of(System.getProperty("transform.jar", "target/transform.jar")).toAbsolutePath();
	}
}

package org.transform.dsl.analysis;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.transform.dsl.model.Measurements;

/**
 * Reads the {@code from "file.csv"} of a measurements block: one measurement a row,
 * {@code date,value}, an optional header row, {@code #} comments and blank lines ignored. The path
 * is resolved against the plan file, through the resource set's URI converter so that it works the
 * same on disk, in an Eclipse workspace and in the language server.
 */
final class CsvMeasurements {

	/** Rows beyond this are refused: a measurement series is not a data lake. */
	static final int MAX_ROWS = 100_000;

	/**
	 * Bytes beyond this are not read: the row limit alone does not bound a file whose one row (or one
	 * unterminated quoted field) runs over gigabytes, which the CSV parser would hold in memory.
	 * 100,000 rows of {@code date,value} take about 2 MiB.
	 */
	static final long MAX_BYTES = 16L * 1024 * 1024;

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
			.setCommentMarker('#')
			.setIgnoreEmptyLines(true)
			.setIgnoreSurroundingSpaces(true)
			.get();

	private static final Pattern WINDOWS_DRIVE = Pattern.compile("[A-Za-z]:/.*");

	private CsvMeasurements() {
	}

	/**
	 * The file's URI, resolved against the plan file's; {@code null} when the text is no file path: a
	 * URI with another scheme than the plan's own (a plan is not a download instruction — validating
	 * it must never reach out to the network) or a malformed one. A Windows path with a drive letter
	 * is a file path.
	 */
	static URI resolve(Measurements block) {
		String path = block.getFile().replace('\\', '/');
		URI written;
		try {
			written = WINDOWS_DRIVE.matcher(path).matches() ? URI.createURI("file:/" + path) : URI.createURI(path);
		} catch (IllegalArgumentException e) {
			return null;
		}
		Resource resource = block.eResource();
		URI base = resource == null ? null : resource.getURI();
		if (written.isRelative()) {
			return base != null && base.isHierarchical() && !base.isRelative() ? written.resolve(base) : written;
		}
		boolean sameScheme = base != null && written.scheme().equalsIgnoreCase(String.valueOf(base.scheme()));
		return written.isFile() || sameScheme ? written : null;
	}

	static void read(Measurements block, List<MeasuredValue> values, List<CsvProblem> problems) {
		String name = block.getFile();
		if (name.isBlank()) {
			problems.add(new CsvProblem(block, 0, "The measurement file name is empty: write the path of a CSV file next to the plan, e.g. from \"data/sales-cycle.csv\"."));
			return;
		}
		URI uri = resolve(block);
		if (uri == null) {
			problems.add(new CsvProblem(block, 0, "Measurement file '" + name + "' is not a file path: Transform reads measurement files "
					+ "from the disk, never from the network — save the file next to the plan and write its path relative to this plan file, "
					+ "e.g. from \"data/sales-cycle.csv\"."));
			return;
		}
		Resource resource = block.eResource();
		URIConverter converter = resource != null && resource.getResourceSet() != null ? resource.getResourceSet().getURIConverter()
				: URIConverter.INSTANCE;
		if (!converter.exists(uri, null)) {
			problems.add(new CsvProblem(block, 0, "Measurement file '" + name + "' does not exist (looked for " + (uri.isFile() ? uri.toFileString() : uri.toString())
					+ "): create it with one 'date,value' row per measurement, or correct the path (relative to this plan file)."));
			return;
		}
		int valuesBefore = values.size();
		int problemsBefore = problems.size();
		try (InputStream in = new Limited(converter.createInputStream(uri));
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
						.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
				CSVParser parser = FORMAT.parse(reader)) {
			int rows = 0;
			for (CSVRecord record : parser) {
				int line = (int) parser.getCurrentLineNumber();
				if (++rows > MAX_ROWS) {
					problems.add(new CsvProblem(block, 0, "Measurement file '" + name + "' has more than " + MAX_ROWS
							+ " rows: keep one value per measurement date (aggregate daily data to the indicator's cadence)."));
					return;
				}
				readRow(block, record, line, rows == 1, values, problems);
			}
		} catch (CharacterCodingException e) {
			problems.add(new CsvProblem(block, 0, "Measurement file '" + name + "' is not UTF-8 text: save it as a UTF-8 CSV file with 'date,value' rows."));
		} catch (IOException | RuntimeException e) {
			if (e instanceof TooLarge || e.getCause() instanceof TooLarge) { // the CSV parser's iterator wraps it in an UncheckedIOException
				values.subList(valuesBefore, values.size()).clear(); // none of a file that was not read to its end
				problems.subList(problemsBefore, problems.size()).clear();
				problems.add(new CsvProblem(block, 0, "Measurement file '" + name + "' is larger than " + MAX_BYTES / (1024 * 1024)
						+ " MiB and was not read: keep one 'date,value' row per measurement date (aggregate daily data to the indicator's cadence)."));
				return;
			}
			String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
			if (e.getCause() instanceof CharacterCodingException) {
				reason = "it is not UTF-8 text";
			}
			problems.add(new CsvProblem(block, 0, "Measurement file '" + name + "' cannot be read (" + reason
					+ "): it must be a UTF-8 CSV file with one 'date,value' row per measurement."));
		}
	}

	/** Thrown when a file is longer than {@link #MAX_BYTES}. */
	private static final class TooLarge extends IOException {
		private static final long serialVersionUID = 1L;
	}

	/** An input stream that fails with {@link TooLarge} past {@link #MAX_BYTES}. */
	private static final class Limited extends FilterInputStream {
		private long read;

		Limited(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			count(b < 0 ? 0 : 1);
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			count(Math.max(0, n));
			return n;
		}

		private void count(int n) throws TooLarge {
			read += n;
			if (read > MAX_BYTES) {
				throw new TooLarge();
			}
		}
	}

	private static void readRow(Measurements block, CSVRecord record, int line, boolean first, List<MeasuredValue> values,
			List<CsvProblem> problems) {
		String name = block.getFile();
		if (record.size() < 2) {
			problems.add(new CsvProblem(block, line, name + ":" + line + ": expected 'date,value' but found '" + String.join(",", record.values())
					+ "': write one measurement a row, e.g. 2026-03-31,90."));
			return;
		}
		String dateText = record.get(0);
		String valueText = record.get(1);
		PlanDate date = PlanDate.parse(dateText);
		if (date == null) {
			if (first && !dateText.isEmpty() && !Character.isDigit(dateText.charAt(0))) {
				return; // a header row such as "date,value"
			}
			problems.add(new CsvProblem(block, line, name + ":" + line + ": '" + dateText
					+ "' is not a date: write YYYY-MM or YYYY-MM-DD, e.g. 2026-03-31."));
			return;
		}
		BigDecimal value;
		try {
			value = new BigDecimal(valueText);
		} catch (NumberFormatException e) {
			problems.add(new CsvProblem(block, line, name + ":" + line + ": '" + valueText
					+ "' is not a number: write the value as a decimal number with a dot, e.g. 12.5."));
			return;
		}
		values.add(new MeasuredValue(date, value, block, null, line));
	}
}

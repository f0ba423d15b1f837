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
import java.nio.file.Files;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.transform.dsl.model.Measurements;

/**
 * Reads the {@code from "file.csv"} of a measurements block: one measurement a row,
 * {@code date,value}, an optional header row, {@code #} comments and blank lines ignored. The file is
 * only opened once {@link MeasurementFile} has found it inside the plan's workspace.
 */
final class CsvMeasurements {

	/** Rows beyond this are refused: a measurement series is not a data lake. */
	static final int MAX_ROWS = 100_000;

	/**
	 * Bytes beyond this are not read, even when the file grew after its size was looked at: the row
	 * limit alone does not bound a file whose one row (or one unterminated quoted field) runs over
	 * gigabytes, which the CSV parser would hold in memory.
	 */
	static final long MAX_BYTES = MeasurementFile.MAX_BYTES;

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
			.setCommentMarker('#')
			.setIgnoreEmptyLines(true)
			.setIgnoreSurroundingSpaces(true)
			.get();

	private CsvMeasurements() {
	}

	static void read(Measurements block, List<MeasuredValue> values, List<CsvProblem> problems) {
		MeasurementFile.Location location = MeasurementFile.locate(block);
		if (location.problem() != null) {
			problems.add(new CsvProblem(block, 0, location.problem()));
			return;
		}
		String name = Excerpt.of(block.getFile(), 80);
		int valuesBefore = values.size();
		int problemsBefore = problems.size();
		try (InputStream in = new Limited(Files.newInputStream(location.file()));
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
		String name = Excerpt.of(block.getFile(), 80);
		if (record.size() < 2) {
			problems.add(new CsvProblem(block, line, name + ":" + line + ": expected 'date,value' but found '" + quote(String.join(",", record.values()))
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
			problems.add(new CsvProblem(block, line, name + ":" + line + ": '" + quote(dateText)
					+ "' is not a date: write YYYY-MM or YYYY-MM-DD, e.g. 2026-03-31."));
			return;
		}
		BigDecimal value;
		try {
			value = new BigDecimal(valueText);
		} catch (NumberFormatException e) {
			problems.add(new CsvProblem(block, line, name + ":" + line + ": '" + quote(valueText)
					+ "' is not a number: write the value as a decimal number with a dot, e.g. 12.5."));
			return;
		}
		values.add(new MeasuredValue(date, value, block, null, line));
	}

	/**
	 * A bad row's text as a finding quotes it: a few characters, no control characters — enough to
	 * find the row, not enough to republish a file that is not a measurement file at all.
	 */
	private static String quote(String text) {
		return Excerpt.of(text, 24);
	}
}

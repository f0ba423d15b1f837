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
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
		Series series = SERIES.get(name, location.file());
		for (Row row : series.rows()) {
			values.add(new MeasuredValue(row.date(), row.value(), block, null, row.line()));
		}
		for (Problem problem : series.problems()) {
			problems.add(new CsvProblem(block, problem.line(), problem.message()));
		}
	}

	/** A measurement read from a row: its date, value and 1-based line. */
	record Row(PlanDate date, BigDecimal value, int line) {
	}

	/** A problem of a file (line 0) or of one of its rows. */
	record Problem(int line, String message) {
	}

	/** What a file holds: its measurements and its problems, found once per version of the file. */
	record Series(List<Row> rows, List<Problem> problems) {
	}

	/**
	 * The files read, by the name written in the plan (messages quote it) and the file's identity and
	 * version (path, size, modification time): a plan is analysed again on every keystroke in an
	 * editor, and its measurement files rarely change meanwhile.
	 */
	private static final SeriesCache SERIES = new SeriesCache();

	/** A small cache of recently read files; an entry is used only while the file's size and modification time are those it was read at. */
	private static final class SeriesCache {

		private static final int ENTRIES = 64;

		private record Key(String name, Path file, long size, FileTime modified, Object identity) {
		}

		private final Map<Key, Series> entries = new LinkedHashMap<>(16, 0.75f, true) {
			private static final long serialVersionUID = 1L;

			@Override
			protected boolean removeEldestEntry(Map.Entry<Key, Series> eldest) {
				return size() > ENTRIES;
			}
		};

		Series get(String name, Path file) {
			Key key;
			try {
				BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
				key = new Key(name, file, attributes.size(), attributes.lastModifiedTime(), attributes.fileKey());
			} catch (IOException e) {
				return readFile(name, file); // it says why it cannot be read
			}
			synchronized (entries) {
				Series known = entries.get(key);
				if (known != null) {
					return known;
				}
			}
			Series series = readFile(name, file);
			synchronized (entries) {
				entries.put(key, series);
			}
			return series;
		}
	}

	private static Series readFile(String name, Path file) {
		List<Row> rows = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		try (InputStream in = new Limited(Files.newInputStream(file));
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
						.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
				CSVParser parser = FORMAT.parse(reader)) {
			int count = 0;
			for (CSVRecord record : parser) {
				int line = (int) parser.getCurrentLineNumber();
				if (++count > MAX_ROWS) {
					problems.add(new Problem(0, "Measurement file '" + name + "' has more than " + MAX_ROWS
							+ " rows: keep one value per measurement date (aggregate daily data to the indicator's cadence)."));
					return new Series(List.copyOf(rows), List.copyOf(problems));
				}
				readRow(name, record, line, count == 1, rows, problems);
			}
		} catch (CharacterCodingException e) {
			problems.add(new Problem(0, "Measurement file '" + name + "' is not UTF-8 text: save it as a UTF-8 CSV file with 'date,value' rows."));
		} catch (IOException | RuntimeException e) {
			if (e instanceof TooLarge || e.getCause() instanceof TooLarge) { // the CSV parser's iterator wraps it in an UncheckedIOException
				// none of a file that was not read to its end
				return new Series(List.of(), List.of(new Problem(0, "Measurement file '" + name + "' is larger than " + MAX_BYTES / (1024 * 1024)
						+ " MiB and was not read: keep one 'date,value' row per measurement date (aggregate daily data to the indicator's cadence).")));
			}
			String reason = e.getMessage() == null ? e.getClass().getSimpleName() : Excerpt.of(e.getMessage(), 80);
			if (e.getCause() instanceof CharacterCodingException) {
				reason = "it is not UTF-8 text";
			}
			problems.add(new Problem(0, "Measurement file '" + name + "' cannot be read (" + reason
					+ "): it must be a UTF-8 CSV file with one 'date,value' row per measurement."));
		}
		return new Series(List.copyOf(rows), List.copyOf(problems));
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

	private static void readRow(String name, CSVRecord record, int line, boolean first, List<Row> rows, List<Problem> problems) {
		if (record.size() < 2) {
			problems.add(new Problem(line, name + ":" + line + ": expected 'date,value' but found '" + quote(String.join(",", record.values()))
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
			problems.add(new Problem(line, name + ":" + line + ": '" + quote(dateText)
					+ "' is not a date: write YYYY-MM or YYYY-MM-DD, e.g. 2026-03-31."));
			return;
		}
		BigDecimal value;
		try {
			value = new BigDecimal(valueText);
		} catch (NumberFormatException e) {
			problems.add(new Problem(line, name + ":" + line + ": '" + quote(valueText)
					+ "' is not a number: write the value as a decimal number with a dot, e.g. 12.5."));
			return;
		}
		rows.add(new Row(date, value, line));
	}

	/**
	 * A bad row's text as a finding quotes it: a few characters, no control characters — enough to
	 * find the row, not enough to republish a file that is not a measurement file at all.
	 */
	private static String quote(String text) {
		return Excerpt.of(text, 24);
	}
}

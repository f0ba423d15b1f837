package org.transform.dsl.generator.diagram;

/** Small computations shared by the renderers. */
final class Geometry {

	static final double ARROW_LENGTH = 8;
	static final double ARROW_HALF_WIDTH = 4;

	private Geometry() {
	}

	/** The triangle (x0, y0, x1, y1, x2, y2) of an arrow head at the end of a polyline, or null if its last segment is empty. */
	static double[] arrowHead(double[] points) {
		int n = points.length;
		if (n < 4) {
			return null;
		}
		double tipX = points[n - 2];
		double tipY = points[n - 1];
		double dx = tipX - points[n - 4];
		double dy = tipY - points[n - 3];
		double length = Math.hypot(dx, dy);
		if (length == 0) {
			return null;
		}
		double ux = dx / length;
		double uy = dy / length;
		double baseX = tipX - ux * ARROW_LENGTH;
		double baseY = tipY - uy * ARROW_LENGTH;
		return new double[] { tipX, tipY, baseX - uy * ARROW_HALF_WIDTH, baseY + ux * ARROW_HALF_WIDTH, baseX + uy * ARROW_HALF_WIDTH,
				baseY - ux * ARROW_HALF_WIDTH };
	}
}

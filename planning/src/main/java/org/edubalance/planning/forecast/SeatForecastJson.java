package org.edubalance.planning.forecast;

import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import org.edubalance.core.json.JsonWriter;
import org.edubalance.planning.forecast.SeatForecast.YearLine;
import org.edubalance.planning.forecast.SeatForecast.ZoneForecast;

/**
 * The forecast document (docs/planning/zoning.md §4): compact, the keys in the published order; zones by id, schools
 * by code, years ascending; entrants and shortfalls unrounded with their decimal point ({@code 118.0}).
 */
public final class SeatForecastJson {
    private final JsonWriter json;

    private SeatForecastJson(JsonWriter json) {
        this.json = json;
    }

    /** The document as text. */
    public static String write(SeatForecast forecast) {
        var text = new StringWriter();
        write(forecast, text);
        return text.toString();
    }

    /** Writes the document to {@code out}. */
    public static void write(SeatForecast forecast, Writer out) {
        new SeatForecastJson(new JsonWriter(out)).document(forecast);
    }

    /** Writes the document to {@code out} as UTF-8. */
    public static void write(SeatForecast forecast, OutputStream out) {
        new SeatForecastJson(new JsonWriter(out)).document(forecast);
    }

    private void document(SeatForecast f) {
        json.beginObject();
        json.name("kind").value("forecast");
        json.name("year").value((long) f.year());
        json.name("countyCode").value(f.county().value());
        json.name("entryGrade").value(f.grade().name());
        json.name("zones").beginArray();
        for (ZoneForecast zone : f.zones()) {
            json.beginObject();
            json.name("zoneId").value(zone.zoneId());
            json.name("schools").beginArray();
            zone.schools().forEach(json::value);
            json.endArray();
            json.name("years").beginArray();
            for (YearLine y : zone.years()) {
                json.beginObject();
                json.name("year").value((long) y.year());
                json.name("entrants").decimal(y.entrants());
                json.name("seats").value((long) y.seats());
                json.name("shortfall").decimal(y.shortfall());
                json.name("over").value(y.over());
                json.endObject();
            }
            json.endArray();
            json.endObject();
        }
        json.endArray();
        json.endObject();
        json.flush();
    }
}

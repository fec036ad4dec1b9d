package vn.parcomms.documents;

import java.time.LocalDate;

/** Dates as Decree 30/2020 writes them: a leading zero for days under 10 and for months 1 and 2. */
public final class OfficialDates {

    private OfficialDates() {
    }

    /** "ngày 05 tháng 01 năm 2025", "ngày 10 tháng 3 năm 2025", or blanks to fill in by hand. */
    public static String written(LocalDate date) {
        if (date == null) {
            return "ngày      tháng      năm     ";
        }
        int day = date.getDayOfMonth();
        int month = date.getMonthValue();
        return "ngày " + (day < 10 ? "0" + day : day) + " tháng " + (month <= 2 ? "0" + month : month) + " năm " + date.getYear();
    }

    /** "Quảng Khê, ngày 20 tháng 01 năm 2026". */
    public static String placeAndDate(String place, LocalDate date) {
        return (place == null || place.isBlank() ? "" : place.strip() + ", ") + written(date);
    }
}

package io.saola.crm.salesdata.quote.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import io.saola.crm.salesdata.BusinessCalendar;
import io.saola.crm.salesdata.money.Money;
import io.saola.crm.salesdata.pricing.domain.SalesLine;
import io.saola.crm.salesdata.pricing.domain.VatAmount;
import io.saola.crm.salesdata.quote.domain.Quote;

/**
 * Renders a quote as a PDF in Vietnamese. The text is set in Liberation Sans, a TrueType font that covers
 * Vietnamese (Latin Extended Additional), shipped inside the OpenPDF jar and embedded in every document with
 * Identity-H encoding, so "Báo giá" and "Gạo ST25 Sóc Trăng" print and extract intact on any reader.
 */
@Component
class QuotePdf {

    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final BaseFont font;
    private final BusinessCalendar calendar;

    QuotePdf(BusinessCalendar calendar) {
        this.calendar = calendar;
        try (InputStream in = BaseFont.class.getClassLoader().getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("The PDF font " + FONT + " is missing from the class path");
            }
            font = BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] render(Quote quote) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.open();
        Font title = new Font(font, 18, Font.BOLD);
        Font text = new Font(font, 10);
        Font strong = new Font(font, 10, Font.BOLD);
        document.add(new Paragraph("Báo giá " + quote.number().text()
                + (quote.revision() > 1 ? " (lần sửa " + quote.revision() + ")" : ""), title));
        document.add(new Paragraph("Khách hàng: " + quote.terms().accountId(), text));
        if (quote.terms().contactId() != null) {
            document.add(new Paragraph("Người liên hệ: " + quote.terms().contactId(), text));
        }
        document.add(new Paragraph("Ngày lập: " + DATE.format(quote.createdAt().atZone(calendar.zone()).toLocalDate())
                + "    Hiệu lực đến: "
                + DATE.format(quote.terms().validUntil()) + "    Tiền tệ: " + quote.currency(), text));
        document.add(new Paragraph(" ", text));

        PdfPTable table = new PdfPTable(new float[] {4, 28, 8, 7, 12, 7, 7, 13, 14});
        table.setWidthPercentage(100);
        for (String heading : new String[] {"STT", "Sản phẩm", "Số lượng", "Đơn vị", "Đơn giá", "Chiết khấu",
                "Thuế GTGT", "Thành tiền", "Tổng (gồm thuế)"}) {
            table.addCell(cell(heading, strong, Element.ALIGN_CENTER));
        }
        int row = 1;
        for (SalesLine line : quote.lines()) {
            table.addCell(cell(String.valueOf(row++), text, Element.ALIGN_CENTER));
            table.addCell(cell(line.product().code() + " – " + line.product().name(), text, Element.ALIGN_LEFT));
            table.addCell(cell(number(line.quantity()), text, Element.ALIGN_RIGHT));
            table.addCell(cell(line.unit(), text, Element.ALIGN_CENTER));
            table.addCell(cell(number(line.unitPrice().amount()), text, Element.ALIGN_RIGHT));
            table.addCell(cell(number(line.discount().value()) + "%", text, Element.ALIGN_RIGHT));
            table.addCell(cell(number(line.vatRate().value()) + "%", text, Element.ALIGN_RIGHT));
            table.addCell(cell(money(line.amounts().net()), text, Element.ALIGN_RIGHT));
            table.addCell(cell(money(line.amounts().total()), text, Element.ALIGN_RIGHT));
        }
        document.add(table);
        document.add(new Paragraph(" ", text));
        document.add(total("Cộng tiền hàng: ", money(quote.totals().gross()), text));
        document.add(total("Chiết khấu: ", money(quote.totals().discount()), text));
        for (VatAmount vat : quote.totals().vatBreakdown()) {
            document.add(total("Thuế GTGT " + number(vat.rate().value()) + "% trên " + money(vat.base()) + ": ",
                    money(vat.vat()), text));
        }
        document.add(total("Tổng tiền thuế GTGT: ", money(quote.totals().vat()), text));
        document.add(total("Tổng cộng thanh toán: ", money(quote.totals().total()), strong));
        if (quote.terms().notes() != null && !quote.terms().notes().isBlank()) {
            document.add(new Paragraph("Ghi chú: " + quote.terms().notes(), text));
        }
        document.close();
        return out.toByteArray();
    }

    private static PdfPCell cell(String content, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(content, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(4);
        return cell;
    }

    private static Paragraph total(String label, String amount, Font font) {
        Paragraph paragraph = new Paragraph(label + amount, font);
        paragraph.setAlignment(Element.ALIGN_RIGHT);
        return paragraph;
    }

    /** Vietnamese grouping: 1.234.567,5 */
    private static String number(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(new Locale("vi", "VN")));
        return format.format(value);
    }

    private static String money(Money money) {
        return number(money.amount()) + " " + money.currency();
    }
}

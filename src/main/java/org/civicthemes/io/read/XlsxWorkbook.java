package org.civicthemes.io.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * An .xlsx workbook read by streaming (SAX), so that a million-row sheet needs little memory. POI's
 * zip-bomb limits and its secure XML parser stay on.
 */
final class XlsxWorkbook implements AutoCloseable {

    private final String fileName;
    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final ReadOnlySharedStringsTable sharedStrings;
    private final StylesTable styles;
    private final boolean date1904;
    private final List<String> sheetNames;

    private XlsxWorkbook(String fileName, OPCPackage pkg) throws IOException, ImportException {
        this.fileName = fileName;
        this.pkg = pkg;
        try {
            this.reader = new XSSFReader(pkg);
            this.sharedStrings = new ReadOnlySharedStringsTable(pkg, false);
            this.styles = reader.getStylesTable();
            this.date1904 = readDate1904(reader);
            this.sheetNames = listSheets(reader);
        } catch (OpenXML4JException | SAXException | POIXMLException | IllegalArgumentException e) {
            throw ImportFailures.damagedWorkbook(fileName, e);
        }
    }

    static XlsxWorkbook open(Path file) throws ImportException, IOException {
        String name = file.getFileName().toString();
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (NotOfficeXmlFileException e) {
            throw new ImportException(name + " is a zip archive but not an Excel workbook. "
                    + "Export the requests as .xlsx or .csv and open that file instead.");
        } catch (InvalidFormatException | OpenXML4JRuntimeException e) {
            throw ImportFailures.damagedWorkbook(name, e);
        }
        try {
            return new XlsxWorkbook(name, pkg);
        } catch (IOException e) {
            pkg.revert();
            throw ImportFailures.fromWorkbookIo(name, e);
        } catch (ImportException | RuntimeException e) {
            pkg.revert();
            throw e;
        }
    }

    List<String> sheetNames() {
        return sheetNames;
    }

    TableSource sheet(String name) {
        return new WorkbookSheet(name, this::readSheet);
    }

    private void readSheet(String name, RowVisitor visitor, TableSource.ByteProgress progress)
            throws IOException, ImportException {
        try {
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream raw = it.next()) {
                    if (!it.getSheetName().equals(name)) {
                        continue;
                    }
                    PackagePart part = it.getSheetPart();
                    long total = part.getSize();
                    parse(name, new CountingInputStream(raw, total, progress), visitor);
                    return;
                }
            }
            throw new ImportException(fileName + " has no sheet named '" + name + "'. Its sheets are: "
                    + String.join(", ", sheetNames) + ".");
        } catch (InvalidFormatException | POIXMLException e) {
            throw ImportFailures.damagedWorkbook(fileName, e);
        } catch (IOException e) {
            throw ImportFailures.fromWorkbookIo(fileName, e);
        }
    }

    private void parse(String sheet, InputStream sheetXml, RowVisitor visitor) throws IOException, ImportException {
        try {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new SheetXmlHandler(sharedStrings, styles, date1904, visitor));
            xml.parse(new InputSource(sheetXml));
        } catch (SheetXmlHandler.StopReading stop) {
            // the visitor has what it needs
        } catch (SheetXmlHandler.BeyondLimits e) {
            throw ImportFailures.beyondExcelLimits(fileName, sheet, e.reference());
        } catch (SAXException e) {
            throw ImportFailures.badXml(fileName, e);
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException("No XML parser available", e);
        }
    }

    private static List<String> listSheets(XSSFReader reader) throws IOException, InvalidFormatException {
        List<String> names = new ArrayList<>();
        XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (it.hasNext()) {
            it.next().close();
            names.add(it.getSheetName());
        }
        return List.copyOf(names);
    }

    private static boolean readDate1904(XSSFReader reader) throws IOException, InvalidFormatException {
        XMLInputFactory factory = XMLHelper.newXMLInputFactory();
        try (InputStream in = reader.getWorkbookData()) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && "workbookPr".equals(xml.getLocalName())) {
                        String v = xml.getAttributeValue(null, "date1904");
                        return "1".equals(v) || "true".equalsIgnoreCase(v);
                    }
                    if (xml.getEventType() == XMLStreamConstants.START_ELEMENT
                            && "sheets".equals(xml.getLocalName())) {
                        return false;
                    }
                }
                return false;
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            return false;
        }
    }

    @Override
    public void close() {
        pkg.revert();
    }
}

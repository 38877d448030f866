"""Makes the sample's evidence files: drawn photos (no real place or person), a hand-over record as a small PDF and
the CFDI 4.0 invoice of one sample payment. Run once; the files are committed. Needs Pillow (pip install Pillow)."""
from PIL import Image, ImageDraw, ImageFont

def photo(name, sky, ground, draw_scene, caption, gps=None):
    image = Image.new("RGB", (640, 480), sky)
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, 300, 640, 480], fill=ground)
    draw_scene(draw)
    font = ImageFont.load_default(size=22)
    draw.rectangle([0, 440, 640, 480], fill=(0, 0, 0))
    draw.text((12, 448), caption, fill=(255, 255, 255), font=font)
    exif = Image.Exif()
    exif[0x010F] = "Sample camera"
    exif[0x0132] = "2025:05:30 11:20:00"
    if gps:
        # A location in open country near nowhere in particular: here to show that it is removed when attached.
        exif[0x8825] = {1: "N", 2: (22.0, 39.0, 0.0), 3: "W", 4: (103.0, 0.0, 30.0), 5: 0, 6: 2050.0}
    image.save(name, "JPEG", quality=78, exif=exif.tobytes())

def trench(draw):
    draw.polygon([(0, 380), (640, 330), (640, 350), (0, 410)], fill=(90, 60, 40))
    for x in range(20, 640, 90):
        draw.ellipse([x, 345 - x // 20, x + 50, 365 - x // 20], fill=(30, 90, 160))
    draw.rectangle([480, 230, 560, 300], fill=(200, 160, 40))

def tank(draw):
    draw.rectangle([260, 120, 380, 220], fill=(180, 180, 190))
    for x in (270, 360):
        draw.rectangle([x, 220, x + 10, 300], fill=(120, 120, 130))
    draw.rectangle([250, 110, 390, 125], fill=(90, 90, 100))

def visit(draw):
    trench(draw)
    for x in (120, 170, 220):
        draw.ellipse([x, 230, x + 30, 260], fill=(140, 90, 60))
        draw.rectangle([x + 5, 260, x + 25, 320], fill=(40, 80, 140))

photo("obra-linea-de-conduccion.jpg", (150, 200, 235), (190, 160, 110), trench, "Línea de conducción, mayo 2025 (foto de muestra)", gps=True)
photo("obra-tanque-elevado.jpg", (160, 205, 240), (185, 155, 105), tank, "Tanque elevado, septiembre 2026 (foto de muestra)")
photo("visita-comite.jpg", (170, 210, 240), (180, 150, 100), visit, "Visita del comité, octubre 2026 (foto de muestra)")

def pdf(name, lines):
    text = "BT /F1 12 Tf 50 780 Td 16 TL " + " ".join("(%s) '" % l.replace("(", "\\(").replace(")", "\\)") for l in lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length %d >>\nstream\n%s\nendstream" % (len(text), text),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (number, body)).encode("latin-1")
    xref = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)).encode()
    for offset in offsets:
        out += ("%010d 00000 n \n" % offset).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)).encode()
    open(name, "wb").write(out)

pdf("acta-entrega-recepcion-AER-CANON-2024-002.pdf", [
    "ACTA DE ENTREGA-RECEPCION AER-CANON-2024-002 (documento de muestra)",
    "Obra: Pavimentacion de la calle Hidalgo, folio 3X1-2023-001",
    "Municipio de San Miguel del Canon, Zacatecas",
    "Fecha: 20 de marzo de 2024",
    "El municipio recibe la obra terminada de la empresa ejecutora,",
    "con la presencia del comite de obra y del Club Social Canonero de Los Angeles.",
    "420 metros de concreto hidraulico, guarniciones y banquetas.",
    "Firmas: Presidencia Municipal, Direccion de Obras Publicas, Comite de obra.",
])

open("factura-D206666D.xml", "w", encoding="utf-8").write("""<?xml version="1.0" encoding="UTF-8"?>
<!-- Sample CFDI 4.0 (not a real invoice): the invoice of the sample payment of 2025-04-28, project 3X1-2024-002. -->
<cfdi:Comprobante xmlns:cfdi="http://www.sat.gob.mx/cfd/4" xmlns:tfd="http://www.sat.gob.mx/TimbreFiscalDigital"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.sat.gob.mx/cfd/4 http://www.sat.gob.mx/sitio_internet/cfd/4/cfdv40.xsd"
    Version="4.0" Serie="A" Folio="1187" Fecha="2025-04-25T10:14:00" FormaPago="03" SubTotal="724137.93" Moneda="MXN"
    Total="840000.00" TipoDeComprobante="I" Exportacion="01" MetodoPago="PUE" LugarExpedicion="98000"
    NoCertificado="00001000000500000000" Certificado="" Sello="">
  <cfdi:Emisor Rfc="IHZ150612AB3" Nombre="INGENIERIA HIDRAULICA ZACATECANA" RegimenFiscal="601"/>
  <cfdi:Receptor Rfc="MSM850101AB1" Nombre="MUNICIPIO DE SAN MIGUEL DEL CANON" DomicilioFiscalReceptor="99300"
      RegimenFiscalReceptor="603" UsoCFDI="G03"/>
  <cfdi:Conceptos>
    <cfdi:Concepto ClaveProdServ="72141100" Cantidad="1" ClaveUnidad="E48" Descripcion="Tanque elevado de 120 m3, segunda estimacion"
        ValorUnitario="724137.93" Importe="724137.93" ObjetoImp="02">
      <cfdi:Impuestos>
        <cfdi:Traslados>
          <cfdi:Traslado Base="724137.93" Impuesto="002" TipoFactor="Tasa" TasaOCuota="0.160000" Importe="115862.07"/>
        </cfdi:Traslados>
      </cfdi:Impuestos>
    </cfdi:Concepto>
  </cfdi:Conceptos>
  <cfdi:Impuestos TotalImpuestosTrasladados="115862.07">
    <cfdi:Traslados>
      <cfdi:Traslado Base="724137.93" Impuesto="002" TipoFactor="Tasa" TasaOCuota="0.160000" Importe="115862.07"/>
    </cfdi:Traslados>
  </cfdi:Impuestos>
  <cfdi:Complemento>
    <tfd:TimbreFiscalDigital Version="1.1" UUID="D206666D-E3B0-4E33-AA1F-000000000007" FechaTimbrado="2025-04-25T10:15:02"
        RfcProvCertif="SAT970701NN3" SelloCFD="" NoCertificadoSAT="00001000000500000001" SelloSAT=""/>
  </cfdi:Complemento>
</cfdi:Comprobante>
""")

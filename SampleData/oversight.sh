# What stands beside the sample's money: whom to ask, photos, a hand-over record, a checked invoice, a committee visit,
# a complaint answered and one still open. Run by load.sh; the files are in SampleData/evidence (make_evidence.py).
set -euo pipefail
E=SampleData/evidence
CANON="Tesorería Municipal de San Miguel del Cañón"
cuentas contact --project 3X1-2024-002 --office "Dirección de Obras Públicas de San Miguel del Cañón" --officer "Ing. Laura Méndez (ejemplo)" --phone "+52 000 000 0101" --email obras@canon.example.org --from 2024-03-12 --by "$CANON" >/dev/null
cuentas contact --project 3X1-2023-001 --office "Dirección de Obras Públicas de San Miguel del Cañón" --officer "Ing. Laura Méndez (ejemplo)" --phone "+52 000 000 0101" --email obras@canon.example.org --from 2023-04-18 --by "$CANON" >/dev/null
cuentas contact --municipality MUN-CANON --office "Contraloría Municipal de San Miguel del Cañón" --officer "Lic. Pedro Ruiz (ejemplo)" --email contraloria@canon.example.org --address "Presidencia Municipal, planta alta" --from 2023-01-01 --by "$CANON" >/dev/null
cuentas contact --project 3X1-2024-003 --office "Obras Públicas de Santa Rosa de las Huertas" --officer "Arq. Marta Leyva (ejemplo)" --phone "+52 000 000 0202" --from 2024-04-22 --by "Tesorería Municipal de Santa Rosa de las Huertas" >/dev/null
cuentas evidence add 3X1-2024-002 $E/obra-linea-de-conduccion.jpg --progress 2025-05-30 --caption "Tubería de la línea de conducción, tendida en la zanja" --by "$CANON" >/dev/null
cuentas evidence add 3X1-2024-002 $E/obra-tanque-elevado.jpg --progress 2026-09-18 --caption "Tanque elevado de 120 m³ terminado" --by "$CANON" >/dev/null
cuentas evidence add 3X1-2024-002 $E/factura-D206666D.xml --payment D206666D-E3B0-4E33-AA1F-000000000007 --caption "Factura CFDI de la segunda estimación del tanque" --by "$CANON" >/dev/null
cuentas evidence add 3X1-2023-001 $E/acta-entrega-recepcion-AER-CANON-2024-002.pdf --status completed --caption "Acta de entrega-recepción AER-CANON-2024-002" --by "$CANON" >/dev/null
VISIT=$(cuentas visit 3X1-2024-002 --date 2026-10-10 --attendees "Comité de obra de El Tepetate: cuatro integrantes" --percent 65 --remarks "El tanque está terminado. Faltan unas 40 tomas domiciliarias en la parte alta; el comité pide la fecha de conexión." --by "Comité de obra de El Tepetate" | sed -n "s/^[^#]*#\([0-9][0-9]*\).*/\1/p")
cuentas evidence add 3X1-2024-002 $E/visita-comite.jpg --visit "$VISIT" --caption "El comité revisa la red en la calle principal" --by "Comité de obra de El Tepetate" >/dev/null
FIRST=$(cuentas complaint add 3X1-2024-002 --from committee --author "Comité de obra de El Tepetate" --date 2026-06-01 --text "La obra está parada desde marzo y nadie nos dice por qué." | sed -n "s/^[^#]*#\([0-9][0-9]*\).*/\1/p")
cuentas complaint answer "$FIRST" --date 2026-06-19 --text "El estado no había depositado su parte del tanque; llegó el 12 de junio y la obra se reanuda el 1 de julio." --by "$CANON" >/dev/null
cuentas complaint add 3X1-2024-002 --from treasurer --author "Tesorería del Club Social Cañonero de Los Ángeles" --date 2026-10-12 --text "No vemos la factura del pago de la red de distribución de septiembre de 2025." >/dev/null

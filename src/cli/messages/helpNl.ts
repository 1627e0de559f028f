/**
 * De hulpteksten (`--help`) in het Nederlands. De Engelse staan bij elke
 * opdracht; een test eist dat elke optie van de Engelse tekst hier ook staat.
 * @internal
 */
export const helpNl: Readonly<Record<string, string>> = {
  compute: `rendement compute CASUSSEN.json|CASUSSEN.csv|CASUSSEN.xlsx|CASUSSEN.jsonl [opties]

Prijst elke casus: wat de samenleving zonder interventie had betaald tegen
wat zij met de interventie betaalde; met --group-by telt het de casussen op.

  --pricelist ID[@VERSIE]   lijst om mee te prijzen (standaard: die van het bestand, anders
                            sociaal-domein; zonder versie de versie die gold op de startdatum)
  --lists MAP               gebruik ook de prijslijsten in MAP (herhaalbaar)
  --sheet NAAM              Excel-invoer: het werkblad om te lezen (standaard het eerste)
  --price-year JAAR         alle prijzen in dit prijspeil (CBS-CPI)
  --group-by INDELING       tel op per wijk,programme,month|quarter|year,payer
                            (bijv. wijk,programme,quarter)
  --format json|csv|md|html|xlsx
                            uitvoerformaat (standaard json); html is een zelfstandig
                            rapport (per wijk, tenzij --group-by anders zegt);
                            xlsx een Excel-werkmap (vraagt --out), één werkblad per tabel
  --lang nl|en              taal van rapport en meldingen (rapport standaard nl)
  --csv-dialect nl|intl     CSV: nl (";" en decimale komma, standaard) of intl ("," en ".")
  --csv-table groups|payers|wellbeing
                            CSV van een optelling: totalen per groep (standaard), de
                            financiersmatrix, of welbevinden per instrument
  --by-year [calendar|case] ook de kosten per jaar van elke casus (kalenderjaren, de
                            standaard, of casusjaren vanaf de start van elke casus): JSON
                            geeft elke casus zijn jaren, CSV één rij per casus × jaar ×
                            financier, md en html een tabel per jaar
  --totals-only             JSON: laat de geprijsde regels (audittrail) van elke casus weg;
                            standaard staan ze erin
  --trail                   (blijft voor scripts: de audittrail staat er standaard in)
  --out BESTAND             schrijf naar BESTAND in plaats van standaarduitvoer
  --bundle BESTAND          schrijf ook een herhaalbare bundel (zie rendement verify)
  --workers N|auto          JSON lines: threads om mee te prijzen (standaard auto: één per
                            kern bij een bestand van 16 MiB of meer); de uitkomsten zijn
                            gelijk bij elk aantal
  --wijken BESTAND          wijknamen per code (CSV of Excel met code;name of
                            WK_CODE;WK_NAAM, of JSON {"wijken": [...]}): md- en
                            html-rapporten tonen "naam (code)"

Invoer: een JSON-casusbestand, een CSV of Excel-werkmap met één rij per regel
(kolommen in docs/reports.md), of JSON lines (één casus per regel; gestroomd, dus alleen
de optelling wordt geschreven, niet de casussen).
`,
  pricelist: `rendement pricelist list [--lists MAP]
rendement pricelist show ID[@VERSIE] [--price-year JAAR] [--format json|md|csv] [--lang nl|en] [--lists MAP]
rendement pricelist diff ID@A ID@B [--price-year JAAR] [--format json|md] [--lists MAP]

list: elke lijst en versie, met prijspeil, geldig-vanaf en vingerafdruk.
show: een uitgewerkte lijst (overerving toegepast, bedragen in één prijspeil);
      zonder versie de nieuwste.
diff: regels toegevoegd, verwijderd en gewijzigd tussen twee versies. Vergelijk
      in één prijspeil (--price-year) om echte verandering te zien in plaats van
      indexatie.

  --out BESTAND             schrijf naar BESTAND in plaats van standaarduitvoer
`,
  simulate: `rendement simulate CASUSSEN.json|CASUSSEN.csv|CASUSSEN.xlsx|CASUSSEN.jsonl [opties]

Monte Carlo: prijzen getrokken binnen de bandbreedte van elke regel,
alternatieven zonder interventie getrokken naar hun kansen. Geeft P5, P50 en
P95 van netto rendement en verhouding per groep, P(netto rendement > 0), de
exacte puntschattingen en een tornadotabel van de prijzen, SROI-percentages
en kansen die het netto rendement het meest bewegen, met omslagwaarden per
blik. Dezelfde startwaarde (--seed) geeft bit voor bit dezelfde uitvoer.

  --draws N                 aantal trekkingen (standaard 10000)
  --seed S                  een geheel getal van 0 tot en met 2^64-1 (standaard 1)
  --distribution D          triangular (standaard; modus = het lijstbedrag), uniform of pert
  --group-by VELDEN         kommagescheiden: wijk, programme, month, quarter, year
  --pricelist ID[@VERSIE]   lijst om mee te prijzen (standaard: die van het bestand, anders sociaal-domein)
  --lists MAP               gebruik ook de prijslijsten in MAP (herhaalbaar)
  --sheet NAAM              Excel-invoer: het werkblad om te lezen (standaard het eerste)
  --price-year JAAR         alle prijzen in dit prijspeil
  --deadweight R            SROI-percentage, vast (0.2) of getrokken: 0.1:0.2:0.3 (driehoek
                            min:modus:max), pert:0.1:0.2:0.3 of uniform:0.1:0.3; algemeen,
                            domain:NAAM=R of item:CODE=R (herhaalbaar)
  --displacement R          idem
  --attribution R           idem
  --adjustments HOE         multiplicative (standaard) of additive: hoe de percentages samengaan
  --horizon JAREN           simuleer contante waarden over JAREN jaar (1-100) vanaf het eerste
                            jaar met stromen: de kosten van elke regel in de jaren van haar
                            data; zonder deze of de opties hieronder gaat de simulatie over jaar 1
  --discount-rate R         reële disconteringsvoet van -0.05 tot 0.20, vast (0.0225, de
                            standaard bij jaren) of per trekking getrokken (0.01:0.0225:0.04,
                            pert:…, uniform:0.01:0.04)
  --timing start|mid        stromen aan het begin (standaard; jaar 1 niet verdisconteerd) of
                            in het midden van elk jaar
  --continue SCOPE=JAREN    domain:NAAM=JAREN of item:CODE=JAREN: dat effect loopt JAREN door
                            na het laatste waargenomen jaar (herhaalbaar); zonder dit eindigen
                            effecten met de data van de regels
  --drop-off R              deel van een doorlopend effect dat elk jaar wegvalt, vast of
                            getrokken zoals de percentages; algemeen, domain:NAAM=R of
                            item:CODE=R (herhaalbaar)
  --rough-range R           ruwe posten zonder bandbreedte worden getrokken binnen ±R van
                            hun bedrag (standaard 0.3; 0 houdt ze vast)
  --wellby WAARDE           waardeer de verandering in levenstevredenheid (0–10) tegen WAARDE
                            euro per punt per persoonsjaar: vast (15000) of per trekking
                            getrokken (10000:15000:20000, pert:…, uniform:10000:20000); een
                            eigen regel naast de euro's, nooit erin
  --wellby-instrument ID    het 0–10-instrument voor levenstevredenheid (standaard levenstevredenheid)
  --include-wellbeing       geef ook een verhouding inclusief de WELLBY-waarde, zo benoemd
  --scenario BESTAND        percentages, samenstelling, ruwe bandbreedte, correlatiegroepen,
                            onzekere kansen van alternatieven, een WELLBY-waarde en de jaren
                            (horizon, disconteringsvoet, moment, voortzetting, afname) uit een
                            JSON-bestand (schemas/simulation-scenario.schema.json)
  --samples                 neem elke getrokken prijs op (alleen JSON)
  --workers N|auto          threads voor de trekkingen (standaard auto: één per kern, alleen
                            bij grote runs); de uitkomsten zijn gelijk bij elk aantal
  --no-tornado              laat de eenzijdige gevoeligheidstabel weg
  --format json|md|html|text|csv|xlsx
                            uitvoerformaat (standaard json); csv: de tabel met uitkomsten;
                            xlsx een Excel-werkmap (vraagt --out), één werkblad per tabel
  --wijken BESTAND          wijknamen per code (CSV of Excel met code;name of
                            WK_CODE;WK_NAAM, of JSON {"wijken": [...]}): rapporten
                            per wijk tonen "naam (code)"
  --lang nl|en              taal van rapport en meldingen (rapport standaard nl)
  --out BESTAND             schrijf naar BESTAND in plaats van standaarduitvoer
`,
  whatif: `rendement whatif CASUSSEN.json|CASUSSEN.csv|CASUSSEN.xlsx|CASUSSEN.jsonl [opties]

Prijst dezelfde casussen onder andere aannames en zet de uitkomst naast de
basis, met elke aanname en of die een standaardwaarde was. SROI-correcties
gelden voor vermeden kosten, in deze volgorde: --deadweight, --displacement,
--attribution, dan --drop-off per jaar en disconteren.

  --pricelist ID[@VERSIE]   lijst van het scenario (de basis gebruikt die van het bestand)
  --base-pricelist ID[@V]   lijst van de basis (standaard: die van het bestand, anders sociaal-domein)
  --lists MAP               gebruik ook de prijslijsten in MAP (herhaalbaar)
  --sheet NAAM              Excel-invoer: het werkblad om te lezen (standaard het eerste)
  --price-year JAAR         prijspeil van het scenario
  --set CODE=BEDRAG         vervang één prijs, in euro (herhaalbaar)
  --deadweight R            een fractie van 0 tot 1: R (algemeen), domain:NAAM=R of item:CODE=R (herhaalbaar)
  --displacement R          idem
  --attribution R           idem
  --drop-off R              idem; deel van een voortgezet effect dat elk jaar wegvalt
  --adjustments HOE         multiplicative (standaard) of additive: hoe nuleffect,
                            verplaatsing en toerekening samengaan
  --continue BEREIK=JAREN   domain:NAAM=JAREN of item:CODE=JAREN: dat effect loopt JAREN
                            door na het laatste waargenomen jaar (herhaalbaar); zonder
                            deze optie eindigen effecten met de data van de regels
  --discount-rate R         reële disconteringsvoet van -0.05 tot 0.20 (standaard 0.0225)
  --timing start|mid        stromen aan het begin (standaard; jaar 1 niet verdisconteerd)
                            of in het midden van elk jaar
  --by-year calendar|case   jaren als kalenderjaren (standaard) of sinds de start van elke casus
  --horizon JAREN           aantal jaren (standaard: de waargenomen jaren en de voortzetting)
  --wellby WAARDE           waardeer de verandering in levenstevredenheid (0–10) tegen WAARDE
                            euro per punt per persoonsjaar (15000; een verdeling zoals
                            10000:15000:20000 wordt gewaardeerd op modus, laag en hoog); een
                            eigen regel naast de euro's, nooit erin
  --wellby-instrument ID    het 0–10-instrument voor levenstevredenheid (standaard levenstevredenheid)
  --include-wellbeing       geef ook een verhouding inclusief de WELLBY-waarde, zo benoemd
  --format json|md|html|csv|xlsx
                            uitvoerformaat (standaard json); csv: de projectie per jaar en
                            blik; xlsx een Excel-werkmap (vraagt --out), één werkblad per tabel
  --wijken BESTAND          wijknamen per code (CSV of Excel met code;name of
                            WK_CODE;WK_NAAM, of JSON {"wijken": [...]}): het netto
                            rendement per wijk toont "naam (code)"
  --lang nl|en              taal van rapport en meldingen (rapport standaard nl)
  --out BESTAND             schrijf naar BESTAND in plaats van standaarduitvoer
`,
  spending: `rendement spending UITGAVEN.json|UITGAVEN.csv|UITGAVEN.xlsx --cases CASUSSEN.json [opties]

Zet waargenomen uitgaven (wat de boekhouding van een gemeente per wijk of
programma, financier en jaar laat zien) naast de vermeden kosten van de
casussen van dezelfde wijk of hetzelfde programma, dezelfde financier en
hetzelfde kalenderjaar, zonder ze op te tellen, en zegt welk deel van de
waargenomen daling de casussen verklaren. Een uitgavenregel waarvan wijk of
jaren bij geen casus passen geeft een waarschuwing, geen fout.

  --cases BESTAND           het casusbestand (JSON, CSV of Excel, zoals compute het leest)
  --pricelist ID[@VERSIE]   lijst om de casussen mee te prijzen (standaard: die van het bestand, anders sociaal-domein)
  --lists MAP               gebruik ook de prijslijsten in MAP (herhaalbaar)
  --sheet NAAM              Excel-uitgavenbestand: het werkblad om te lezen (standaard: het eerste)
  --format json|md|html|text|csv
                            uitvoerformaat (standaard json)
  --lang nl|en              taal van rapport en meldingen (rapport standaard nl)
  --csv-dialect nl|intl     CSV: nl (";" en decimale komma, standaard) of intl ("," en ".")
  --out BESTAND             schrijf naar BESTAND in plaats van standaarduitvoer

Het uitgavenbestand (JSON Schema: schemas/spending.schema.json), bijvoorbeeld:
  {"spending": [{"wijk": "Ruwaard", "payer": "gemeente", "year": 2019, "amount": "1200000.00"}]}
Met het veld programma (programme) in plaats van wijk wordt vergeleken met de
casussen van dat programma. Als CSV of Excel: één regel per cijfer met de
kolommen wijk (of programme), payer, year, amount en eventueel note; lege
regels worden overgeslagen.
`,
  audit: `rendement audit CLAIMS --cases CASUSSEN.json [opties]

Controleert de besparingen die voor werkbudgetuitgaven worden geclaimd: rekent
de casus van elke claim opnieuw door met de prijslijst die gold op de datum van
de uitgave, en deelt elke claim in als bevestigd, te hoog, te laag of niet
controleerbaar, met bevindingen. CLAIMS is een JSON-claimbestand ({"claims": [...]}),
of een CSV-bestand of Excel-werkmap (.xlsx) met de kolommen
id;caseId;date;amount;purpose;claimedSavings;pricelist.

  --cases BESTAND           het casusbestand, JSON, CSV of Excel (verplicht)
  --sheet NAAM              Excel-claims: het werkblad om te lezen (standaard het eerste)
  --cases-sheet NAAM        Excel-casussen: het werkblad om te lezen (standaard het eerste)
  --lists MAP               gebruik ook de prijslijsten in MAP (herhaalbaar)
  --pricelist ID            lijst-id waar claim noch casus er een noemt
  --price-year JAAR         alle prijzen in dit prijspeil (CBS-CPI)
  --format json|md|html|csv|xlsx
                            uitvoerformaat (standaard json); xlsx een Excel-werkmap
                            met de claimtabel (vraagt --out)
  --tolerance EURO          verschil dat nog als bevestigd telt, bijv. 0.50 of 0,50
                            (standaard 0.00: op de cent)
  --max-horizon-months N    horizon zonder interventie na de uitgave, in maanden (standaard 12)
  --wijken BESTAND          wijknamen per code (CSV of Excel met code;name of
                            WK_CODE;WK_NAAM, of JSON {"wijken": [...]}): het rapport
                            noemt bij elke claim de wijk van de casus, "naam (code)"
  --lang nl|en              taal van rapport en meldingen (rapport standaard nl)
  --out BESTAND             schrijf naar BESTAND in plaats van standaarduitvoer
  --bundle BESTAND          schrijf ook een herhaalbare auditbundel (zie rendement verify)
  --auditor NAAM            wie de audit uitvoert (in rapport en bundel)
  --audit-date JJJJ-MM-DD   de datum van de audit (in rapport en bundel)
  --scope TEKST             wat de audit omvat (in rapport en bundel)
`,
  verify: `rendement verify BUNDEL.json [opties]

Herhaalt een bundel die met --bundle is geschreven (rendement compute of audit):
toetst elke ingesloten prijslijst aan zijn vingerafdruk, rekent elk getal opnieuw
uit met de eigen invoer, opties en lijsten van de bundel, en noemt elk verschil
(pad, wat de bundel zegt, wat herberekenen geeft). Vergelijkt daarna elke
ingesloten lijst met de vertrouwde lijst met hetzelfde id en dezelfde versie (de
lijsten die met rendement worden meegeleverd, en die in --lists MAP): hij IS die
lijst, WIJKT ERVAN AF (elke afwijkende regel getoond), of is ONBEKEND (een eigen
lijst: vergelijk zijn vingerafdruk met die welke de gemeente publiceerde).
Afsluitcode 0 als de bundel zich laat herhalen, 1 als er iets is veranderd, en
met --strict ook 1 als een lijst afwijkt van een vertrouwde lijst.

  --lists MAP               vertrouw ook de prijslijsten in MAP (herhaalbaar)
  --strict                  faal (afsluitcode 1) als een lijst afwijkt van een vertrouwde lijst
  --format text|json        uitvoerformaat (standaard text)
  --lang nl|en              taal van de tekst en de meldingen (standaard nl)
`,
  init: `rendement init [MAP]

Schrijft een eerste casusbestand om mee te beginnen, in MAP (standaard: deze map):

  casussen.json, casussen.csv, casussen.xlsx
      de NS-jaarkaartcasus van Thuis in Zuidoost, in elk formaat dezelfde
      (de CSV eindigt met een lege rij om in te vullen); rendement compute
      leest ze zoals ze zijn
  prijslijsten/eigen-lijst/2026.json
      een eigen prijslijst om aan te passen: hij bouwt op de meegeleverde
      lijst thuis-in-zuidoost@voorbeeld-2026 en herhaalt er één regel van,
      bedrag en bron ongewijzigd, om te vervangen door uw eigen tarief
      (gebruik hem met --lists prijslijsten)

Overschrijft nooit een bestand: bestaat er een, dan wordt niets geschreven.
Stap voor stap van hier naar een wijkrapport: docs/first-case.md.
`,
  convert: `rendement convert IN UIT [opties]

Schrijft de casussen van IN in een ander formaat, met dezelfde casussen en
bedragen: JSON (.json), JSON lines (.jsonl), CSV (.csv) of Excel (.xlsx),
van elk naar elk. Het formaat volgt uit de extensie van elk bestand.

  --sheet NAAM              Excel-invoer: het werkblad om te lezen (standaard het eerste)
  --csv-dialect nl|intl     CSV-uitvoer: nl (";" en decimale komma, standaard) of
                            intl ("," en ".")
  --force                   overschrijf UIT als het bestaat

Tabellen (CSV, Excel) en JSON lines bevatten alleen casussen: de prijslijst
van het bestand komt op elke casus die er geen noemt, en wat het formaat
niet kan bevatten (de beschrijving van het bestand, de vlag synthetic, een
toelichting bij welbevinden in een tabel) wordt weggelaten en op
standaardfout genoemd.
`,
  demo: `rendement demo

Rekent de meegeleverde voorbeelden door en toont een leesbare Nederlandse
samenvatting: de NS-jaarkaartcasus van Thuis in Zuidoost (voorbeeldprijslijst)
en enkele realistische casussen, geprijsd met de lijst sociaal domein. Telt
daarna het synthetische district van examples/district op (een paar honderd
verzonnen casussen in vijf wijken), toont het rendement per wijk en schrijft
het HTML-rapport.

  --out MAP     schrijf rendement-demo.html in MAP (standaard: de huidige map)
  --lang nl|en  taal van de meldingen (de samenvatting is Nederlands)
`,
};

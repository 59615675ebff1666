"""Content of the invented 2024 sample workbooks, read by `generate_sample_2024.py`.

Everything here is sample data: the split per unit, the titles beyond the report's examples and
all free text are invented. Only the area totals (`PUBLISHED_2024`) and the example measures
(unit, title, status) are facts of the published 2024 report.

Areas and reasons are referred to by a short key; the generator resolves each key to the one
name in the plan-period declaration that contains it (`"rus"` -> the area `Rus blant unge`).
Units are written in full and must match the declaration exactly.
"""

from __future__ import annotations

from typing import NamedTuple

# Short keys, in plan order.
AREA_KEYS = ("felles", "rus", "vold", "nett")
REASON_KEYS = (
    "ressurser",
    "prioritering",
    "behov",
    "avklaring",
    "gjennomføring",
    "kompetanse",
    "annet",
)

# The published figures per area: (total, started, not started).
PUBLISHED_2024 = {
    "felles": (78, 70, 8),
    "rus": (92, 76, 16),
    "vold": (104, 85, 19),
    "nett": (59, 47, 12),
}

# Invented split: measures per unit and area (felles, rus, vold, nett). Larger districts have
# more; Uteseksjonen has none on the internet, Region vest none on peer violence.
SPLIT = {
    "Bydel Alna": (7, 9, 10, 6),
    "Bydel Bjerke": (6, 6, 7, 5),
    "Bydel Frogner": (3, 4, 5, 3),
    "Bydel Gamle Oslo": (7, 9, 9, 5),
    "Bydel Grorud": (6, 7, 8, 4),
    "Bydel Grünerløkka": (6, 7, 9, 5),
    "Bydel Nordre Aker": (3, 3, 5, 3),
    "Bydel Nordstrand": (4, 6, 6, 3),
    "Bydel Sagene": (4, 5, 6, 3),
    "Bydel St. Hanshaugen": (4, 4, 5, 2),
    "Bydel Stovner": (6, 7, 9, 4),
    "Bydel Søndre Nordstrand": (7, 8, 9, 5),
    "Bydel Ullern": (3, 3, 4, 3),
    "Bydel Vestre Aker": (3, 4, 4, 3),
    "Bydel Østensjø": (4, 5, 6, 3),
    "Uteseksjonen": (3, 3, 2, 0),
    "Region vest": (2, 2, 0, 2),
}


class Measure(NamedTuple):
    """One measure of one unit. An empty `reason` means the measure has started."""

    unit: str
    area: str
    title: str
    achieves: str
    benefits: str
    reason: str = ""
    explanation: str = ""


class Shared(NamedTuple):
    """An ordinary measure several units have in their plans; `units` maps a unit to None
    (started) or to (reason, explanation)."""

    area: str
    title: str
    achieves: str
    benefits: str
    units: dict[str, tuple[str, str] | None]


class PoolItem(NamedTuple):
    """A started measure to hand out to districts. `{sted}` is replaced by one of the
    district's places, so the title stays unique; an item without it is used once."""

    title: str
    achieves: str
    benefits: str
    skip: tuple[str, ...] = ()  # units with a too similar measure of their own


class Profile(NamedTuple):
    """What a unit answers outside the measure list."""

    adopted_by: str
    involvement: str
    strength: str  # completes "Vi har kommet lengst med ..."
    challenge: str
    other_empty: bool = False


# ---------------------------------------------------------------------------------------------
# The measures the published report used as examples (unit, title and status are facts).
# ---------------------------------------------------------------------------------------------

EXAMPLES = (
    # Felles innsats i prioriterte områder
    Measure(
        "Bydel Bjerke",
        "felles",
        "Innsikts- og analysearbeid",
        "Bydelen samler tall fra politiet, Ungdata og egne tjenester i en felles oversikt over "
        "hvor og når barn og unge er utsatt. Oversikten brukes når SaLTo-gruppen prioriterer "
        "innsatsen.",
        "Tiltakene settes inn der behovet er størst, og ungdom møter voksne på de stedene og "
        "tidspunktene der det faktisk skjer noe.",
    ),
    Measure(
        "Region vest",
        "felles",
        "Styrke SaLTo-nettverket lokalt og regionalt",
        "Koordinatorene i bydelene i vest møtes jevnlig, deler erfaringer og avtaler felles "
        "innsats når ungdomsmiljøer beveger seg over bydelsgrensene.",
        "Ungdom som ferdes i flere bydeler, får oppfølging som henger sammen, og ingen faller "
        "mellom to stoler fordi de bor ett sted og er et annet.",
    ),
    Measure(
        "Uteseksjonen",
        "felles",
        "Bygge tillit mellom barn og unge som oppholder seg i sentrum og hjelpesystemet",
        "Feltarbeidere er til stede i sentrum på faste tider og blir kjente ansikter for unge som "
        "henger der. Kontakten brukes til å bygge bro til bydel, skole og helsetjenester.",
        "Unge som ellers holder seg unna hjelpeapparatet, får en voksen de stoler på, og det blir "
        "lettere for dem å ta imot hjelp når de trenger det.",
    ),
    Measure(
        "Bydel Gamle Oslo",
        "felles",
        "Øke trygghet og styrke lokalt samarbeid og koordinering for lokale løsninger",
        "Bydel, politi, skoler og frivillige møtes i faste nærmiljøforum der uro og hendelser tas "
        "opp tidlig. Løsningene tilpasses hvert nabolag i stedet for å være like overalt.",
        "Barn og unge merker at voksne i nærmiljøet følger med og drar i samme retning, og "
        "problemer blir tatt tak i før de vokser seg store.",
    ),
    Measure(
        "Bydel Frogner",
        "felles",
        "Implementering av Oslostandard for oppsøkende arbeid med utsatt ungdom",
        "Det oppsøkende arbeidet i bydelen legges om etter den byomfattende standarden, med "
        "tydelige rutiner for kartlegging, kontakt og oppfølging.",
        "Utsatt ungdom får et oppsøkende tilbud av samme kvalitet som i resten av byen, og veien "
        "videre til andre tjenester blir kortere.",
    ),
    Measure(
        "Bydel St. Hanshaugen",
        "felles",
        "Sommerjobb i form av aktiv park",
        "Ungdom ansettes om sommeren for å lede aktiviteter for yngre barn i parkene i bydelen. "
        "De får arbeidserfaring, lønn og en referanse de kan bruke senere.",
        "Parkene blir tryggere og mer levende, og ungdommene får en meningsfull sommer og et godt "
        "forhold til nærmiljøet.",
    ),
    Measure(
        "Bydel Søndre Nordstrand",
        "felles",
        "Økt samarbeid og samordning mellom etater, ordinære tjenester og situasjonsbestemte "
        "innsatser",
        "Når det oppstår uro eller alvorlige hendelser, samles bydelens tjenester, politiet og "
        "skolene raskt for å fordele oppgavene. Den ekstra innsatsen knyttes til de faste "
        "tjenestene, så den ikke stopper brått.",
        "Barn og unge får hjelp som henger sammen over tid, også etter at den akutte situasjonen "
        "er over.",
    ),
    Measure(
        "Bydel Ullern",
        "felles",
        "Kunnskapsinnhenting",
        "Bydelen går systematisk gjennom Ungdata, politiets tall og erfaringene til egne ansatte "
        "for å forstå hva som skjer blant unge lokalt.",
        "Innsatsen rettes mot reelle behov, og ressursene brukes der de gjør mest nytte for "
        "ungdommene.",
    ),
    Measure(
        "Bydel Grorud",
        "felles",
        "Trygghetsvandring",
        "Ansatte fra bydelen, politiet og frivillige går faste runder i områder der beboere har "
        "meldt om utrygghet, og sier fra om forhold som bør utbedres.",
        "Ungdom møter voksne ute på kveldstid, og mørke snarveier og uoversiktlige steder blir "
        "fanget opp og ryddet.",
    ),
    Measure(
        "Bydel Alna",
        "felles",
        "Spesialsatsning i delbydeler",
        "Bydelen setter inn ekstra ressurser i de delbydelene der levekårsutfordringene og uroen "
        "er størst, med egne koordinatorer og lengre åpningstid på møteplassene.",
        "Barn og unge i de mest utsatte nabolagene får flere trygge voksne og flere gratis tilbud "
        "i nærheten av der de bor.",
    ),
    Measure(
        "Bydel Bjerke",
        "felles",
        "Trygghetsvandring/barnetråkk/planlegging av tryggere nærmiljø",
        "Barn og unge skal få vise hvor de føler seg utrygge, slik at det blir tatt med når "
        "nærmiljøet planlegges og utbedres.",
        "Barnas egne erfaringer blir hørt, og stedene de ferdes til daglig, kan gjøres tryggere.",
        "ressurser",
        "Samarbeidspartnerne har ikke hatt kapasitet til å stille på felles vandringer i år. "
        "Tiltaket er planlagt startet i 2025 sammen med arbeidet med nye reguleringsplaner.",
    ),
    Measure(
        "Bydel St. Hanshaugen",
        "felles",
        "Felles rutine for samhandling ved alvorlige hendelser i ungdomsmiljøet",
        "Alle aktørene skal vite hvem som gjør hva de første dagene etter en alvorlig hendelse.",
        "Ungdom og foresatte får rask og samordnet oppfølging når noe alvorlig har skjedd.",
        "behov",
        "Bydelen venter med å lage en egen rutine til det er klart om de byomfattende rutinene "
        "for oppfølging etter alvorlige hendelser dekker behovet lokalt.",
    ),
    # Rus blant unge
    Measure(
        "Bydel Søndre Nordstrand",
        "rus",
        "Alle aktørene i SaLTo deltar på SaLTo-møter for bedre informasjonsflyt om rus",
        "Skoler, politi, helsestasjon for ungdom og utetjenesten deler i de faste møtene det de "
        "ser av rusbruk og salg blant unge.",
        "Bekymringer fanges opp tidligere, og ungdommene får raskere riktig hjelp i stedet for å "
        "bli sendt mellom tjenestene.",
    ),
    Measure(
        "Bydel Nordstrand",
        "rus",
        "Ung til ung formidling",
        "Unge formidlere med opplæring fra bydelen snakker med elever om rus, press og valg, på "
        "en måte ungdom kjenner seg igjen i.",
        "Elevene lærer av noen på sin egen alder, og det blir lettere å stille spørsmål de ikke "
        "ville tatt opp med en voksen.",
    ),
    Measure(
        "Bydel Gamle Oslo",
        "rus",
        "Øke kunnskap og nå ut til flere barn og unge",
        "Bydelen har samlet informasjonsarbeidet om rus og tilbyr undervisning og samtalegrupper "
        "på skoler og i fritidsklubber.",
        "Flere unge får riktig kunnskap om risiko, og myter om rusmidler blir utfordret tidlig.",
    ),
    Measure(
        "Bydel Grorud",
        "rus",
        "Ung til ung-metoden med unge ruseksperter på ungdomsskoler",
        "Ungdommer med opplæring i rusforebygging holder økter i klassene på ungdomsskolene i "
        "bydelen.",
        "Elevene kan snakke åpent om rus med jevnaldrende, og de unge instruktørene får erfaring "
        "og ansvar.",
    ),
    Measure(
        "Bydel Alna",
        "rus",
        "Informasjonsarbeid",
        "Bydelen lager og sprer informasjon om rus på flere språk, rettet både mot ungdom og "
        "foreldre.",
        "Foreldre blir tryggere på å snakke med barna om rus, og ungdom vet hvor de kan få hjelp.",
    ),
    Measure(
        "Bydel Nordstrand",
        "rus",
        "SAT-kartlegging av illegale rusmidler blant ungdom",
        "Bydelen bruker en strukturert kartlegging av situasjon, aktører og tiltak for å få et "
        "felles bilde av bruk og salg av illegale rusmidler blant unge.",
        "Tiltakene treffer bedre når alle aktørene bygger på den samme kunnskapen om hva som "
        "faktisk skjer.",
    ),
    Measure(
        "Uteseksjonen",
        "rus",
        "Ungdomspanel Slottsparken",
        "Unge som oppholder seg i og rundt Slottsparken, blir invitert til å gi råd om hvordan "
        "voksne bør møte dem og hvilke tilbud som trengs.",
        "Ungdommene blir tatt med på råd, og tiltakene i parken blir mer treffsikre.",
    ),
    Measure(
        "Bydel Gamle Oslo",
        "rus",
        "Forsterke rus- og kriminalitetsforebyggende arbeid",
        "Bydelen har styrket utekontakten og knyttet rusforebyggingen tettere til oppfølgingen av "
        "unge som begår lovbrudd.",
        "Ungdom i risiko får tidligere kontakt med voksne som kan hjelpe dem ut av rusmiljøer.",
    ),
    Measure(
        "Bydel Stovner",
        "rus",
        "Tverrfaglig rusforebyggende arbeid med skolen som arena",
        "Skolehelsetjenesten, utekontakten og politiet samarbeider om undervisning og samtaler om "
        "rus i skoletiden.",
        "Alle elever nås, også de som ikke bruker fritidstilbudene, og skolen vet hvem den skal "
        "kontakte ved bekymring.",
    ),
    Measure(
        "Bydel Østensjø",
        "rus",
        "Styrke SaLTo-samarbeidet på de videregående skolene",
        "SaLTo-koordinatoren har fått faste møtepunkter med de videregående skolene i bydelen.",
        "Elever som står i fare for å havne i rusmiljøer, blir fanget opp også etter at de har "
        "gått ut av ungdomsskolen.",
    ),
    Measure(
        "Bydel Vestre Aker",
        "rus",
        "Oppfølging av ungdom og foreldre",
        "Ungdom som er tatt med rusmidler eller som det er meldt bekymring for, får tilbud om "
        "samtaler sammen med foreldrene.",
        "Familien får hjelp tidlig, og foreldrene får verktøy til å sette grenser og følge opp.",
    ),
    Measure(
        "Bydel Nordstrand",
        "rus",
        "Dialogmøter / «Faktasjekk» på biblioteket",
        "Ungdom skal kunne møte fagfolk og politi i en uformell ramme og få svar på spørsmål om "
        "rus.",
        "Unge får sjekket fakta om rus med noen som kan faget, på et sted de allerede bruker.",
        "ressurser",
        "Det er ikke avklart hvordan bydelen og politiet skal fordele ressursene til møtene. "
        "Tiltaket er utsatt til dette er på plass.",
    ),
    Measure(
        "Bydel Østensjø",
        "rus",
        "Informasjon om lovlig og ulovlig rusbruk til foreldre og unge",
        "Foreldre og unge skal få oppdatert informasjon om regelverket og konsekvensene av "
        "rusbruk.",
        "Familiene får et felles kunnskapsgrunnlag å snakke ut fra.",
        "avklaring",
        "Bydelen venter på hvordan byen følger opp forslagene fra et byomfattende utvalg om "
        "håndtering av rusbruk blant unge. Informasjonen skal bygge på de nye retningslinjene.",
    ),
    # Vold blant jevnaldrende
    Measure(
        "Bydel Grünerløkka",
        "vold",
        "Forebygging av vold gjennom konflikthåndtering og gjenopprettende prosess",
        "Konfliktrådet og bydelen tilbyr megling og gjenopprettende samtaler når konflikter "
        "mellom unge har ført til trusler eller vold.",
        "Partene møtes under trygge rammer, og faren for hevn og nye konflikter blir mindre.",
    ),
    Measure(
        "Bydel Gamle Oslo",
        "vold",
        "Forebygging av vold gjennom konflikthåndtering og gjenopprettende prosess",
        "Ansatte i skole og fritid har fått opplæring i gjenopprettende metoder og bruker dem når "
        "konflikter blusser opp.",
        "Ungdom lærer å løse uenighet uten vold, og den som er rammet, blir sett og hørt.",
    ),
    Measure(
        "Bydel Sagene",
        "vold",
        "Forebygging av vold gjennom konflikthåndtering og gjenopprettende prosess",
        "Bydelen bruker gjenopprettende prosess sammen med konfliktrådet når unge har skadet "
        "hverandre.",
        "Ungdommene tar ansvar for det som skjedde og får hjelp til å gå videre, uten at "
        "konflikten trekkes inn i nye miljøer.",
    ),
    Measure(
        "Bydel Østensjø",
        "vold",
        "Politi og bydel samarbeider med FAU og natteravner",
        "Politi, bydel, foreldreutvalg og natteravner avtaler felles innsats rundt "
        "skoleavslutninger, helger og høytider.",
        "Flere voksne er ute når ungdom samles, og konflikter dempes før de utvikler seg til vold.",
    ),
    Measure(
        "Bydel Stovner",
        "vold",
        "Økt tilstedeværelse på barn og unges arenaer",
        "Utekontakt, fritidsarbeidere og politi er mer til stede på kjøpesenteret, "
        "idrettsanleggene og t-banestasjonene på ettermiddag og kveld.",
        "Ungdom føler seg tryggere, og voksne kan gripe inn tidlig når stemningen endrer seg.",
    ),
    Measure(
        "Bydel Grünerløkka",
        "vold",
        "SaLTo-oppfølging av ungdom med gjentatt eller alvorlig kriminalitet",
        "Unge som flere ganger er mistenkt for lovbrudd, får en fast kontaktperson og en plan som "
        "bydel og politi følger opp sammen.",
        "Ungdommen får tett og helhetlig hjelp med skole, fritid og familie, og det blir lettere "
        "å bryte et kriminelt mønster.",
    ),
    Measure(
        "Bydel Alna",
        "vold",
        "Tett oppfølging under og etter straffegjennomføring og varetekt",
        "Bydelen holder kontakt med unge mens de sitter i varetekt eller gjennomfører straff, og "
        "planlegger sammen med dem hva som skal skje etterpå.",
        "Overgangen tilbake til nærmiljøet blir tryggere, med bolig, skole eller arbeid på plass "
        "når de kommer ut.",
    ),
    Measure(
        "Bydel Grorud",
        "vold",
        "Tett oppfølging under og etter straffegjennomføring og varetekt",
        "En fast koordinator følger ungdommen gjennom ungdomsstraff eller ungdomsoppfølging og "
        "passer på at avtalene med skole og NAV blir holdt.",
        "Ungdommene har en voksen som ikke slipper taket, og risikoen for nye lovbrudd blir "
        "mindre.",
    ),
    Measure(
        "Bydel Grünerløkka",
        "vold",
        "Drivere og dynamikker rundt dealing i ungdomsmiljøet",
        "Bydelen og politiet kartlegger hva som får unge til å selge rusmidler, og hvordan "
        "konflikter rundt salget kan føre til vold.",
        "Kunnskapen brukes til å nå unge før de blir rekruttert, og til å tilpasse tiltakene i de "
        "miljøene det gjelder.",
    ),
    Measure(
        "Bydel Alna",
        "vold",
        "Sinnemestring",
        "Unge som sliter med å kontrollere sinne, får tilbud om kurs og individuelle samtaler med "
        "opplærte veiledere.",
        "Ungdommene lærer å kjenne igjen egne reaksjoner og finner andre måter å håndtere "
        "konflikter på.",
    ),
    Measure(
        "Bydel Alna",
        "vold",
        "Hjelp til unge som utøver vold",
        "Bydelen har et eget behandlingstilbud for unge som har utøvd vold, i samarbeid med "
        "spesialisthelsetjenesten.",
        "Unge får hjelp til å endre atferd, og familien og omgivelsene blir tryggere.",
    ),
    Measure(
        "Bydel Stovner",
        "vold",
        "Aktivitetsguide i bydelen",
        "En aktivitetsguide hjelper barn og unge med å finne og komme i gang med en "
        "fritidsaktivitet, og blir med de første gangene.",
        "Flere unge får en fast aktivitet og et trygt fellesskap, noe som beskytter mot å bli "
        "dratt inn i voldelige miljøer.",
    ),
    Measure(
        "Bydel Nordstrand",
        "vold",
        "Identifisere opprettholdende faktorer",
        "Finne ut hva som gjør at voldelig atferd blant unge fortsetter, for eksempel "
        "gruppepress, rus eller mangel på voksne.",
        "Tiltakene kan rettes mot det som faktisk holder volden ved like.",
        "prioritering",
        "Bydelen har valgt å bruke ressursene på direkte oppfølging av unge i år. Kartleggingen "
        "er planlagt i 2025.",
    ),
    Measure(
        "Bydel Nordre Aker",
        "vold",
        "Kompetanseheving i gatemekling og sinnemestring",
        "Ansatte i ungdomstjenestene skal kunne megle i konflikter og veilede unge i "
        "sinnemestring.",
        "Ungdom får hjelp av voksne med riktig kompetanse når konflikter oppstår.",
        "prioritering",
        "Bydelen har ikke hatt rom for å ta kostnadene ved opplæring på flere fagfelt samtidig, "
        "og andre kompetansetiltak er tatt først.",
    ),
    Measure(
        "Bydel Stovner",
        "vold",
        "Tiltaksutvikling for ungdomsstraff og ungdomsoppfølging",
        "Utvikle lokale tiltak som kan brukes i ungdomsstraff og ungdomsoppfølging, for eksempel "
        "arbeidstrening og organiserte aktiviteter.",
        "Unge som gjennomfører straff, får meningsfulle oppgaver i sitt eget nærmiljø.",
        "avklaring",
        "Bydelen venter på en avklaring av hvordan ansvaret skal fordeles mellom konfliktrådet, "
        "kriminalomsorgen og bydelen før arbeidet starter.",
    ),
    # Kriminalitetsforebygging på nett
    Measure(
        "Bydel Ullern",
        "nett",
        "Kunnskap om nettbruk blant barn og unge",
        "Bydelen kartlegger hvilke plattformer barn og unge bruker, og hvilke erfaringer de har "
        "med krenkelser og svindel på nett.",
        "Tiltak og informasjon tilpasses det unge faktisk møter på nett.",
    ),
    Measure(
        "Bydel Søndre Nordstrand",
        "nett",
        "Ungdommer holder kurs om nettbruk for ungdomsskolene",
        "Ungdommer med opplæring holder kurs i klassene om deling av bilder, nettvett og hvordan "
        "man sier fra.",
        "Elevene lærer av jevnaldrende, og de unge kursholderne får en viktig rolle i bydelen.",
    ),
    Measure(
        "Bydel Nordre Aker",
        "nett",
        "Spør først!",
        "Kampanjen lærer barn og unge å spørre om lov før de deler bilder og video av andre.",
        "Færre blir utsatt for deling av krenkende bilder, og elevene vet hva som er lov.",
    ),
    Measure(
        "Bydel Frogner",
        "nett",
        "Kunnskap om nettbruk blant barn og unge (digital møteplass)",
        "Bydelen har åpnet en digital møteplass der ungdomsarbeidere er tilgjengelige på "
        "plattformer unge bruker.",
        "Unge kan ta kontakt med en voksen der de allerede er, og få råd om noe de har opplevd på "
        "nett.",
    ),
    Measure(
        "Bydel Bjerke",
        "nett",
        "Aktørene oppdaterer hverandre om nettvettkampanjer og trender",
        "Nye trender, utfordringer og kampanjer på nett er et fast punkt på SaLTo-møtene.",
        "Skoler og fritidsklubber reagerer raskere når noe nytt sprer seg blant elevene.",
    ),
    Measure(
        "Bydel Vestre Aker",
        "nett",
        "Utvikle digitale tilbud i bydelens ungdomstjenester",
        "Ungdomstjenestene tilbyr chat og digitale samtaler i tillegg til fysiske møter.",
        "Unge som ikke oppsøker hjelp selv, får en lavere terskel for å ta kontakt.",
    ),
    Measure(
        "Bydel Bjerke",
        "nett",
        "Styrke foreldres kompetanse om barn og unges nettbruk",
        "Foreldre skal forstå hva barna gjør på nett, og hvordan de kan følge opp.",
        "Barn får foreldre som kan støtte dem når noe skjer på nett.",
        "kompetanse",
        "Bydelen har ikke ansatte med nok kunnskap om digitale plattformer til å holde "
        "foreldrekurs, og har bedt om støtte fra sentrale fagmiljøer.",
    ),
    Measure(
        "Bydel Grünerløkka",
        "nett",
        "Samarbeid med foreldre om forebygging på nett",
        "Bydel og foreldreutvalg skal lage felles foreldremøter om nettbruk, spill og pengespill.",
        "Ungdom får voksne rundt seg som vet hva de møter på nett.",
        "prioritering",
        "Arbeidet med vold og alvorlig kriminalitet har gått foran foreldresamarbeidet om nett i "
        "år.",
    ),
)

# ---------------------------------------------------------------------------------------------
# Ordinary measures several units have, some started in one unit and not in another.
# ---------------------------------------------------------------------------------------------

SHARED = (
    Shared(
        "felles",
        "Sommerjobb for ungdom",
        "Ungdom mellom 15 og 18 år får betalt sommerjobb i kommunale virksomheter eller hos "
        "lokale arbeidsgivere.",
        "Ungdommene får arbeidserfaring og egne penger, og en fast ramme i ferien når mange andre "
        "tilbud er stengt.",
        {
            "Bydel Alna": None,
            "Bydel Grorud": None,
            "Bydel Stovner": None,
            "Bydel Søndre Nordstrand": None,
        },
    ),
    Shared(
        "rus",
        "Foreldremøter om rus på 8. trinn",
        "Utekontakt og politi deltar på foreldremøter og forteller om rus i ungdomsmiljøet og hva "
        "foreldre kan gjøre.",
        "Foreldre blir bedre rustet til å snakke med barna og reagere tidlig på tegn til rusbruk.",
        {
            "Bydel Bjerke": None,
            "Bydel Grünerløkka": None,
            "Bydel Sagene": None,
            "Bydel Søndre Nordstrand": (
                "ressurser",
                "Utetjenesten har ikke hatt kapasitet til å delta på foreldremøtene i år. Skolene "
                "har fått informasjonsmateriell i stedet.",
            ),
        },
    ),
    Shared(
        "vold",
        "Bekymringssamtaler i samarbeid med politiet",
        "Politiet og bydelen inviterer unge og foresatte til samtale når det er bekymring for "
        "vold eller annen kriminalitet.",
        "Familien får vite om bekymringen tidlig og blir koblet til hjelp før situasjonen blir "
        "alvorlig.",
        {
            "Bydel Alna": None,
            "Bydel Grorud": None,
            "Bydel Stovner": None,
            "Bydel Søndre Nordstrand": None,
            "Bydel Bjerke": (
                "prioritering",
                "Bydelen har ikke satt av ansatte til å delta i samtalene i år. Politiet "
                "gjennomfører dem alene inntil videre.",
            ),
        },
    ),
    Shared(
        "nett",
        "Nettpatrulje i samarbeid med politiet",
        "Politiets nettpatrulje og bydelen er til stede på plattformer der unge ferdes, og følger "
        "opp bekymringer som dukker opp der.",
        "Unge møter synlige voksne også på nett og kan lettere si fra om trusler, svindel og "
        "deling av krenkende innhold.",
        {
            "Bydel Alna": None,
            "Bydel Gamle Oslo": (
                "ressurser",
                "Politiets nettpatrulje har ikke hatt kapasitet til et lokalt samarbeid i år.",
            ),
            "Bydel Stovner": (
                "ressurser",
                "Tiltaket forutsetter ressurser fra politiet som ikke har vært tilgjengelige. "
                "Bydelen har meldt behovet inn til politiet.",
            ),
            "Region vest": (
                "ressurser",
                "Politiet har ikke kunnet sette av folk til nettpatruljering rettet mot ungdom i "
                "regionen.",
            ),
        },
    ),
)

# ---------------------------------------------------------------------------------------------
# Hand-written ordinary measures: every other not-started measure, and the started measures of
# Uteseksjonen and Region vest (whose work does not fit the districts' pool).
# ---------------------------------------------------------------------------------------------

OWN_MEASURES = (
    # Felles innsats i prioriterte områder
    Measure(
        "Bydel Alna",
        "felles",
        "Felles oppsøkende kveldsteam med frivillige organisasjoner",
        "Bydelen og frivillige skal gå sammen ute på kveldstid i områdene der ungdom samles.",
        "Flere voksne ute gir ungdom noen å henvende seg til og demper uro.",
        "ressurser",
        "De frivillige organisasjonene har ikke hatt nok folk til å stille fast på kveldstid. "
        "Bydelen ser på andre måter å organisere teamet på.",
    ),
    Measure(
        "Bydel Søndre Nordstrand",
        "felles",
        "Eget lavterskel møtested for unge voksne 18–23 år",
        "Unge voksne som har falt ut av skole og arbeid, skal få et sted å være og en vei inn til "
        "hjelp.",
        "Målgruppen får et tilbud tilpasset alderen sin i stedet for å falle mellom ungdoms- og "
        "voksentjenestene.",
        "behov",
        "Bydelen undersøker først om de tilbudene som finnes, blant annet ungdomshuset og "
        "veiledningen i NAV, allerede dekker behovet.",
    ),
    Measure(
        "Bydel Stovner",
        "felles",
        "Felles kartlegging av ungdomsmiljøer sammen med politiet",
        "Bydel og politi skal få en felles oversikt over grupperinger og møteplasser blant unge i "
        "bydelen.",
        "Innsatsen kan rettes dit ungdommene faktisk er.",
        "ressurser",
        "Politiet har ikke hatt kapasitet til å delta i en felles kartlegging i år, og arbeidet "
        "er skjøvet til 2025.",
    ),
    Measure(
        "Bydel Nordstrand",
        "felles",
        "Nabolagsvakter i helgene",
        "Frivillige voksne skal være til stede i nabolaget fredag og lørdag kveld.",
        "Ungdom som er ute i helgene, møter trygge voksne.",
        "behov",
        "Det er usikkert om tiltaket trengs, siden natteravnene allerede dekker de fleste "
        "helgene. Behovet vurderes på nytt etter sommeren.",
    ),
    Measure(
        "Bydel Sagene",
        "felles",
        "Utvidet åpningstid i fritidsklubbene i skoleferiene",
        "Fritidsklubbene skal holde åpent i flere uker av skoleferiene.",
        "Barn og unge som ikke reiser bort, får et gratis og trygt sted å være.",
        "ressurser",
        "Bydelen har ikke fått finansiert ekstra bemanning i feriene. Tiltaket står fortsatt i "
        "planen.",
    ),
    Measure(
        "Bydel Vestre Aker",
        "felles",
        "Felles oppsøkende team med nabobydelene",
        "Bydelen skal dele et oppsøkende team med nabobydelene for å følge ungdom som beveger seg "
        "mellom bydelene.",
        "Ungdommene møter de samme voksne uansett hvilken side av bydelsgrensen de er på.",
        "prioritering",
        "Bydelen har prioritert oppfølging av enkeltungdom i år og har ikke satt av ressurser til "
        "et felles team.",
    ),
    Measure(
        "Uteseksjonen",
        "felles",
        "Feltarbeid på kveldstid rundt Oslo S og Jernbanetorget",
        "Feltarbeiderne går faste runder i kollektivknutepunktene i sentrum fra ettermiddag til "
        "sent på kvelden.",
        "Unge som oppholder seg i sentrum, møter voksne som kjenner miljøet og kan hjelpe dem "
        "videre.",
    ),
    Measure(
        "Uteseksjonen",
        "felles",
        "Samarbeid med bydelene om unge fra hele byen som samles i sentrum",
        "Uteseksjonen sier fra til hjemmebydelen når unge fra andre bydeler trenger oppfølging, "
        "og avtaler hvem som gjør hva.",
        "Ungdommene får oppfølging både der de oppholder seg og der de bor.",
    ),
    Measure(
        "Region vest",
        "felles",
        "Felles kompetansedag for ansatte i bydelene i vest",
        "Ansatte i ungdomstjenestene i vestbydelene samles én gang i året til faglig påfyll og "
        "erfaringsdeling.",
        "Ungdom møter ansatte med oppdatert kunnskap, uansett hvilken bydel de bor i.",
    ),
    # Rus blant unge
    Measure(
        "Bydel Alna",
        "rus",
        "Kurs for unge som vil slutte med cannabis",
        "Unge som bruker cannabis og vil slutte, skal få et strukturert kurs med oppfølging.",
        "Ungdommene får støtte til å slutte før bruken går ut over skole og helse.",
        "gjennomføring",
        "Det har vært vanskelig å rekruttere nok ungdommer til å starte en gruppe. Bydelen prøver "
        "nye rekrutteringsveier gjennom skolehelsetjenesten og utekontakten.",
    ),
    Measure(
        "Bydel Alna",
        "rus",
        "Rusfrie helgearrangementer i samarbeid med politiet",
        "Bydelen og politiet skal arrangere gratis og rusfrie kvelder for ungdom i helgene.",
        "Ungdom får et attraktivt alternativ til fester der det er rus.",
        "ressurser",
        "Bydelen og politiet er ikke blitt enige om hvem som skal dekke bemanningen av "
        "arrangementene.",
    ),
    Measure(
        "Bydel Bjerke",
        "rus",
        "Lokal rutine for oppfølging av unge tatt med rusmidler",
        "Unge som blir tatt med rusmidler, skal få tilbud om samtale og oppfølging innen kort tid.",
        "Unge får hjelp, ikke bare en reaksjon.",
        "avklaring",
        "Bydelen venter på hvordan byen følger opp utvalgsforslagene om håndtering av rusbruk "
        "blant unge, før en lokal rutine lages.",
    ),
    Measure(
        "Bydel Frogner",
        "rus",
        "Rusforebyggende samtalegrupper på ungdomsskolene",
        "Små grupper av elever skal møte fagfolk til samtaler om rus og press.",
        "Elevene får snakke om rus i en trygg ramme.",
        "ressurser",
        "Det er ikke avklart hvordan bydelen og politiet skal fordele ansvaret og ressursene til "
        "gruppene.",
    ),
    Measure(
        "Bydel Gamle Oslo",
        "rus",
        "Lokal spørreundersøkelse om rusbruk blant unge",
        "Bydelen skal få oppdaterte tall på rusbruk og holdninger blant ungdom i bydelen.",
        "Tiltakene kan bygge på det unge i bydelen selv forteller.",
        "gjennomføring",
        "Undersøkelsen er flyttet til 2025, som er neste år Ungdata gjennomføres i Oslo, slik at "
        "resultatene kan sammenlignes.",
    ),
    Measure(
        "Bydel Gamle Oslo",
        "rus",
        "Tidlig intervensjon ved førstegangs rusbruk",
        "Unge som blir oppdaget med rus for første gang, skal få tilbud om samtaler.",
        "Ungdommene får hjelp før rusbruken blir et mønster.",
        "avklaring",
        "Bydelen venter på at det blir avklart hvordan byens nye modell for oppfølging av rusbruk "
        "blant unge skal se ut.",
    ),
    Measure(
        "Bydel Grorud",
        "rus",
        "Oppfølgingsteam for unge med rusproblemer i samarbeid med politiet",
        "Et fast team skal følge opp unge med rusproblemer over tid.",
        "Ungdommen får én kontakt i stedet for mange.",
        "avklaring",
        "Tiltaket venter på en avklaring av ansvaret mellom bydelen og politiet etter forslagene "
        "fra byens rusutvalg.",
    ),
    Measure(
        "Bydel Grünerløkka",
        "rus",
        "Utekontakt på festivaler og store arrangementer",
        "Utekontakten skal være til stede der mange unge samles på konserter og festivaler.",
        "Unge som blir ruset, får hjelp raskt.",
        "ressurser",
        "Bydelen har ikke hatt nok ansatte til å dekke kveldsarrangementene i tillegg til den "
        "faste turnusen.",
    ),
    Measure(
        "Bydel Nordre Aker",
        "rus",
        "Informasjonskampanje om cannabis for foreldre",
        "Foreldre skal få kunnskap om cannabis og om tegn på bruk.",
        "Foreldre kan reagere tidligere og tryggere.",
        "avklaring",
        "Kampanjen venter på de nye retningslinjene for hvordan byen skal håndtere rusbruk blant "
        "unge.",
    ),
    Measure(
        "Bydel Sagene",
        "rus",
        "Ungdomspanel om rus",
        "Et panel av ungdommer skal gi råd om rusforebygging i bydelen.",
        "Tiltakene blir utformet sammen med unge, ikke bare for dem.",
        "gjennomføring",
        "Bydelen har ikke fått nok ungdommer med i panelet. En ny runde er planlagt gjennom "
        "elevrådene.",
    ),
    Measure(
        "Bydel St. Hanshaugen",
        "rus",
        "Rusforebyggende tiltak rettet mot russen",
        "Russen skal møtes med informasjon og voksne til stede i russetiden.",
        "Færre unge havner i alvorlige situasjoner på grunn av rus.",
        "ressurser",
        "Verken bydelen eller politiet har hatt ressurser til å sette av folk i russetiden i år.",
    ),
    Measure(
        "Bydel Stovner",
        "rus",
        "Samarbeidsavtale med politiet om narkotikasaker mot unge",
        "Bydel og politi skal avtale hvordan de samarbeider når unge blir tatt med narkotika.",
        "Ungdommene får en forutsigbar oppfølging som hjelper dem videre.",
        "avklaring",
        "Bydelen venter på politiets nye retningslinjer for narkotikasaker som gjelder unge.",
    ),
    Measure(
        "Bydel Ullern",
        "rus",
        "Kartlegging av rusbruk i videregående skole",
        "Bydelen skal få kunnskap om rusbruk blant elevene på de videregående skolene i bydelen.",
        "Skolene og bydelen kan sette inn tiltak der behovet er tydeligst.",
        "gjennomføring",
        "Kartleggingen er utsatt til neste Ungdata-år, slik at skolene slipper to undersøkelser "
        "samme år.",
    ),
    Measure(
        "Uteseksjonen",
        "rus",
        "Oppsøkende arbeid mot unge i åpne rusmiljøer i sentrum",
        "Feltarbeiderne oppsøker unge som bruker eller selger rusmidler i sentrum, og tilbyr "
        "samtale og følge til hjelpetjenester.",
        "Unge i de mest utsatte miljøene får kontakt med hjelpeapparatet før problemene blir "
        "større.",
    ),
    Measure(
        "Uteseksjonen",
        "rus",
        "Samtaletilbud for unge med rusbruk",
        "Unge som feltarbeiderne møter, kan få et kort samtaleforløp om rus med en fast "
        "miljøarbeider.",
        "Ungdommene får hjelp raskt og uten henvisning.",
    ),
    Measure(
        "Region vest",
        "rus",
        "Felles oversikt over rusbruk blant unge i region vest",
        "Bydelene sammenstiller Ungdata og politiets tall for å se utviklingen i rusbruk på tvers "
        "av bydelene.",
        "Tiltakene kan rettes mot de miljøene og aldersgruppene der bruken øker.",
    ),
    Measure(
        "Region vest",
        "rus",
        "Felles opplegg for foreldremøter om rus i vest",
        "Bydelene har laget et felles opplegg som skolene i regionen kan bruke på foreldremøter "
        "om rus.",
        "Foreldre i hele regionen får den samme, oppdaterte informasjonen.",
    ),
    # Vold blant jevnaldrende
    Measure(
        "Bydel Alna",
        "vold",
        "Mentorordning for unge i risiko for vold",
        "Unge i risiko skal få en frivillig voksen mentor som følger dem over tid.",
        "En stabil voksen kan hjelpe ungdommen å ta bedre valg og finne nye miljøer.",
        "prioritering",
        "Bydelen har prioritert sinnemestring og hjelp til unge som utøver vold i år. "
        "Mentorordningen skal etter planen starte i 2025.",
    ),
    Measure(
        "Bydel Bjerke",
        "vold",
        "Kurs i konflikthåndtering for ansatte i fritidsklubbene",
        "Ansatte i fritidsklubbene skal få felles metoder for å håndtere konflikter mellom ungdom.",
        "Ungdom møter voksne som griper inn på en trygg og forutsigbar måte.",
        "prioritering",
        "Opplæringsbudsjettet er brukt på andre fagområder i år, og kurset er flyttet til neste "
        "år.",
    ),
    Measure(
        "Bydel Frogner",
        "vold",
        "Opplæring i voldsforebyggende samtaler for skolehelsetjenesten",
        "Helsesykepleiere skal bli tryggere på å spørre unge om vold de har utøvd eller vært "
        "utsatt for.",
        "Flere unge blir spurt og får hjelp tidligere.",
        "prioritering",
        "Bydelen har ikke hatt rom for kompetanseheving på flere fagområder samtidig og har "
        "prioritert det oppsøkende arbeidet.",
    ),
    Measure(
        "Bydel Gamle Oslo",
        "vold",
        "Utvidet kveldsbemanning i utekontakten",
        "Utekontakten skal være ute også sent på kvelden i helgene.",
        "Ungdom som er ute sent, møter voksne når risikoen for vold er størst.",
        "ressurser",
        "Bydelen har ikke fått midler til flere stillinger, og utekontakten har ikke kunnet "
        "utvide arbeidstiden.",
    ),
    Measure(
        "Bydel Grorud",
        "vold",
        "Voldsforebyggende gruppe for unge jenter",
        "Jenter som er involvert i konflikter og vold, skal få et eget gruppetilbud.",
        "Jentene får et tilbud som er tilpasset deres situasjon.",
        "prioritering",
        "Tiltak for unge med alvorlig kriminalitet har gått foran i år. Gruppen vurderes på nytt "
        "i 2025.",
    ),
    Measure(
        "Bydel Grünerløkka",
        "vold",
        "Kompetanseheving om æresrelatert vold blant unge",
        "Ansatte skal kjenne igjen tegn på æresrelatert vold og vite hvordan de skal gå fram.",
        "Unge som lever under sterk kontroll, blir oppdaget og får riktig hjelp.",
        "prioritering",
        "Bydelen har valgt å prioritere opplæring i gjenopprettende prosess først. "
        "Kompetansehevingen er planlagt til neste år.",
    ),
    Measure(
        "Bydel Grünerløkka",
        "vold",
        "Traumebevisst praksis i ungdomstjenestene",
        "Ansatte skal forstå hvordan traumer påvirker atferd, og møte unge ut fra det.",
        "Unge med vonde erfaringer blir møtt med forståelse, ikke bare med reaksjoner.",
        "kompetanse",
        "Bydelen mangler fagpersoner som kan lære opp de andre, og venter på et byomfattende "
        "kurstilbud.",
    ),
    Measure(
        "Bydel Sagene",
        "vold",
        "Foreldreveiledning for foreldre til unge som utøver vold",
        "Foreldre skal få veiledning i hvordan de kan støtte barnet og sette grenser.",
        "Ungdommene får foreldre som står sammen med hjelpeapparatet.",
        "prioritering",
        "Bydelen har prioritert å følge opp ungdommene selv, og foreldretilbudet er skjøvet på.",
    ),
    Measure(
        "Bydel St. Hanshaugen",
        "vold",
        "Voksenvakter ved t-banestasjonene etter skoletid",
        "Voksne skal være til stede ved stasjonene når mange unge reiser hjem.",
        "Ungdom føler seg tryggere på vei hjem.",
        "ressurser",
        "Det har ikke vært ressurser til å bemanne stasjonene, verken i bydelen eller hos "
        "samarbeidspartnerne.",
    ),
    Measure(
        "Bydel Stovner",
        "vold",
        "Undervisning om kjærestevold på ungdomsskolene",
        "Elevene skal lære å kjenne igjen kontroll og vold i kjæresteforhold.",
        "Unge vet når et forhold ikke er greit, og hvor de kan få hjelp.",
        "prioritering",
        "Bydelen har prioritert økt tilstedeværelse på ungdommens arenaer i år, og undervisningen "
        "er utsatt.",
    ),
    Measure(
        "Bydel Søndre Nordstrand",
        "vold",
        "Opplæring i sinnemestringsmetodikk for miljøarbeidere",
        "Miljøarbeidere skal kunne bruke en strukturert metode for sinnemestring i samtaler med "
        "unge.",
        "Flere unge får hjelp med sinne i hverdagen, ikke bare på egne kurs.",
        "prioritering",
        "Det har ikke vært mulig å ta opplæring på flere fagfelt samtidig innenfor budsjettet.",
    ),
    Measure(
        "Bydel Søndre Nordstrand",
        "vold",
        "Eget oppfølgingstilbud for unge som har vært utsatt for ran",
        "Unge som er ranet, skal få fast oppfølging de første ukene etterpå.",
        "Ungdommene blir ikke alene med det som har skjedd.",
        "behov",
        "Bydelen vil først se om oppfølgingen fra politiet og støttesenteret for "
        "kriminalitetsutsatte dekker behovet.",
    ),
    Measure(
        "Bydel Ullern",
        "vold",
        "Kurs i gatemekling for ungdom",
        "Ungdom skal lære å megle i konflikter i sitt eget miljø.",
        "Konflikter kan løses av unge selv før de blir alvorlige.",
        "prioritering",
        "Bydelen har prioritert kunnskapsinnhenting og oppfølging av enkeltungdom før kurset.",
    ),
    Measure(
        "Bydel Vestre Aker",
        "vold",
        "Voldsforebyggende opplegg i samarbeid med idrettslag",
        "Trenere i et lokalt idrettslag skulle få opplæring i å snakke med unge om vold og "
        "grenser.",
        "Ungdom møter budskapet fra voksne de kjenner fra treningen.",
        "annet",
        "Idrettslaget som skulle være samarbeidspartner, trakk seg. Bydelen leter etter en ny "
        "partner.",
    ),
    Measure(
        "Bydel Østensjø",
        "vold",
        "Helgeåpen møteplass for ungdom",
        "Ungdom skal ha en møteplass med voksne til stede på fredag og lørdag kveld.",
        "Unge får et alternativ til å samles ute uten voksne.",
        "ressurser",
        "Bydelen har ikke funnet egnede lokaler, og bemanningen er ikke finansiert.",
    ),
    Measure(
        "Uteseksjonen",
        "vold",
        "Kontakt med ungdomsgrupper i sentrum etter voldshendelser",
        "Etter voldshendelser i sentrum oppsøker feltarbeiderne ungdomsgruppene det gjelder, for "
        "å dempe konflikten.",
        "Faren for hevn og nye hendelser blir mindre, og unge som er rammet, får støtte.",
    ),
    Measure(
        "Uteseksjonen",
        "vold",
        "Konfliktdemping i sentrum i helgene sammen med politiet",
        "Feltarbeiderne og politiet avtaler arbeidsdelingen og møtes før helgekveldene for å dele "
        "informasjon.",
        "Ungdom i sentrum møter voksne som griper inn tidlig og roer ned situasjoner.",
    ),
    # Kriminalitetsforebygging på nett
    Measure(
        "Bydel Alna",
        "nett",
        "Foredrag fra politiets nettpatrulje for 7. trinn",
        "Politiets nettpatrulje skal besøke alle sjuendeklasser og snakke om trygg nettbruk.",
        "Barna får vite hvordan de kan beskytte seg og hvor de kan melde fra.",
        "ressurser",
        "Politiet har ikke hatt kapasitet til å prioritere skolebesøk i bydelen i år.",
    ),
    Measure(
        "Bydel Grorud",
        "nett",
        "Digitalt feltarbeid i utekontakten",
        "Utekontakten skal drive oppsøkende arbeid på plattformene ungdom bruker.",
        "Unge får kontakt med voksne også der mye av livet deres foregår.",
        "ressurser",
        "Utekontakten har ikke stillinger til å drive oppsøkende arbeid på nett i tillegg til "
        "feltarbeidet.",
    ),
    Measure(
        "Bydel Nordstrand",
        "nett",
        "Nettvettkurs for foreldre til barn på mellomtrinnet",
        "Foreldre skal lære om appene barna bruker, og om hvordan de kan sette rammer.",
        "Barna får foreldre som følger med og kan hjelpe.",
        "prioritering",
        "Bydelen har prioritert rus- og voldsforebyggende tiltak i år, og kurset er utsatt.",
    ),
    Measure(
        "Bydel Sagene",
        "nett",
        "Veiledning om gaming og pengespill",
        "Unge som spiller mye, og foreldrene deres skal få veiledning om spill og pengespill.",
        "Problemer med spilling oppdages tidligere.",
        "kompetanse",
        "Bydelen har ikke ansatte med kunnskap om gaming og pengespill og trenger støtte fra "
        "sentrale fagmiljøer.",
    ),
    Measure(
        "Bydel St. Hanshaugen",
        "nett",
        "Samarbeid med politiet om digital svindel rettet mot unge",
        "Bydel og politi skal sammen informere unge om svindel og om å låne ut bankkontoen sin.",
        "Færre unge blir lurt eller brukt i økonomisk kriminalitet.",
        "ressurser",
        "Politiet har ikke hatt folk til å delta i samarbeidet i år.",
    ),
    Measure(
        "Bydel Søndre Nordstrand",
        "nett",
        "Kartlegging av nettbruk på mellomtrinnet",
        "Bydelen skal finne ut hvilke plattformer barna på mellomtrinnet bruker, og hva de "
        "opplever der.",
        "Tiltak for de yngste kan settes inn tidligere.",
        "prioritering",
        "Bydelen har prioritert kursene på ungdomsskolene først.",
    ),
    Measure(
        "Bydel Østensjø",
        "nett",
        "Rutine for håndtering av deling av krenkende bilder",
        "Skolene og bydelen skal ha en felles rutine når elever deler krenkende bilder av "
        "hverandre.",
        "Elever som blir utsatt, får rask og lik hjelp uansett skole.",
        "kompetanse",
        "Skolene og bydelen kan for lite om regelverket og har bedt om hjelp fra sentrale "
        "fagmiljøer før rutinen lages.",
    ),
    Measure(
        "Region vest",
        "nett",
        "Felles plan for nettvettarbeid i region vest",
        "Bydelene i vest har samordnet nettvettarbeidet, slik at skolene får det samme tilbudet "
        "på tvers av bydelsgrensene.",
        "Elevene møter et helhetlig opplegg, og bydelene deler på kompetansen de har.",
    ),
)

# ---------------------------------------------------------------------------------------------
# The pool of started measures that fills each district up to its split.
# ---------------------------------------------------------------------------------------------

POOL = {
    "felles": (
        PoolItem(
            "Faste samarbeidsmøter mellom politiets forebyggere og bydelen",
            "Politiets forebyggere og bydelens ungdomstjenester møtes annenhver uke og går "
            "gjennom bekymringer og hendelser.",
            "Ungdom som trenger oppfølging, blir raskere fanget opp av riktig tjeneste.",
        ),
        PoolItem(
            "Sommeråpen fritidsklubb {sted}",
            "Fritidsklubben {sted} holder åpent store deler av sommerferien med aktiviteter og "
            "turer.",
            "Barn og unge som blir igjen i byen, har et trygt sted å være og voksne å snakke med.",
            ("Bydel Sagene",),
        ),
        PoolItem(
            "Lokalt trygghetsforum for beboere og ungdom",
            "Beboere, ungdom, borettslag og tjenester møtes to ganger i året for å snakke om "
            "trygghet i nærmiljøet.",
            "Ungdommene får si hva som gjør nabolaget trygt eller utrygt for dem.",
        ),
        PoolItem(
            "Nærmiljøgruppe {sted}",
            "Skole, helsestasjon, fritidsklubb og politi {sted} møtes jevnlig for å dele "
            "informasjon og avtale felles tiltak.",
            "Barn og unge merker at voksne rundt dem samarbeider, og bekymringer følges opp "
            "raskere.",
        ),
        PoolItem(
            "Gratis ferieaktiviteter for barn og unge som ikke reiser bort",
            "Bydelen samler sommerens gratis aktiviteter i ett program og sørger for tilbud i "
            "alle ferieukene.",
            "Barn fra familier med dårlig råd får oppleve noe i ferien og har et sted å være "
            "sammen med andre.",
            ("Bydel Sagene",),
        ),
        PoolItem(
            "Natteravner {sted}",
            "Bydelen støtter natteravnene {sted} med opplæring, utstyr og fast kontakt med "
            "politiet.",
            "Det er flere voksne ute i helgene der ungdom samles.",
            ("Bydel Nordstrand", "Bydel Østensjø"),
        ),
        PoolItem(
            "Tverrfaglig kriseteam ved uro i ungdomsmiljøet",
            "Et fast team kan kalles sammen på kort varsel når det oppstår uro, og lager en "
            "felles plan for oppfølgingen.",
            "Unge og foreldre får rask og samordnet informasjon og hjelp.",
            ("Bydel St. Hanshaugen", "Bydel Søndre Nordstrand"),
        ),
        PoolItem(
            "Aktivitetstilbud i helgene {sted}",
            "Gymsal og klubblokaler {sted} holdes åpne fredag og lørdag kveld med voksne til "
            "stede.",
            "Ungdom får et gratis alternativ til å henge ute uten noe å gjøre.",
        ),
        PoolItem(
            "Hjelp til å ta i bruk fritidskortet",
            "Ansatte på skoler og i fritidsklubber hjelper familier med å registrere og bruke "
            "fritidskortet.",
            "Flere barn deltar i organiserte aktiviteter, uavhengig av foreldrenes økonomi.",
        ),
        PoolItem(
            "Ungdomshuset {sted} som samarbeidsarena",
            "Utekontakt, helsesykepleier og politi er til stede på ungdomshuset {sted} på faste "
            "dager.",
            "Ungdom kan få hjelp der de allerede er, uten å måtte oppsøke et kontor.",
        ),
        PoolItem(
            "Foreldrenettverk med informasjon på flere språk",
            "Bydelen driver foreldrenettverk der foreldre får informasjon om skole, fritid og "
            "forebygging på sitt eget språk.",
            "Foreldrene blir tryggere i foreldrerollen og kan støtte barna bedre.",
        ),
        PoolItem(
            "Områdesatsing {sted} sett i sammenheng med SaLTo",
            "Områdeløftet {sted} og SaLTo-arbeidet samordnes, slik at fysiske tiltak og "
            "ungdomstiltak trekker i samme retning.",
            "Nærmiljøet blir et bedre sted å vokse opp.",
        ),
        PoolItem(
            "Ungdomsrådet gir innspill til SaLTo-arbeidet",
            "Ungdomsrådet får jevnlig orientering om SaLTo-arbeidet og blir spurt til råds før "
            "nye tiltak settes i gang.",
            "Unge får innflytelse over tiltak som gjelder dem.",
        ),
        PoolItem(
            "Bedre belysning og ryddige møteplasser {sted}",
            "Steder {sted} som oppleves utrygge, får bedre lys og blir ryddet i samarbeid med "
            "Bymiljøetaten.",
            "Barn og unge kan ferdes tryggere på kveldstid.",
        ),
        PoolItem(
            "Oppfølging av unge som har sluttet i videregående skole",
            "Bydelen, NAV og skolene samarbeider om å finne og følge opp unge som har avbrutt "
            "skolegangen.",
            "Ungdommene får hjelp til å komme tilbake til skole, læreplass eller jobb.",
        ),
        PoolItem(
            "Kveldsåpen møteplass {sted}",
            "En møteplass {sted} holder åpent på hverdagskvelder med leksehjelp, mat og "
            "aktiviteter.",
            "Ungdom får et fast sted å gå etter skolen, med voksne som kjenner dem.",
        ),
        PoolItem(
            "Felles oversikt over lavterskeltilbud for ungdom",
            "En oppdatert oversikt over gratis tilbud deles med skoler, helsesykepleiere og "
            "politi.",
            "Ansatte kan raskt vise ungdom videre til et tilbud som passer.",
        ),
        PoolItem(
            "Åpen hall med organisert idrett {sted}",
            "Idrettshallen {sted} holder åpent for gratis aktivitet på kveldstid, ledet av "
            "trenere fra lokale idrettslag.",
            "Ungdom som ikke er med i et idrettslag, får prøve seg og blir kjent med trenere og "
            "andre unge.",
        ),
        PoolItem(
            "Samarbeid med borettslag om trygge uteområder",
            "Bydelen gir borettslag råd om belysning, møteplasser og aktiviteter i uteområdene.",
            "Barn og unge får tryggere og mer inviterende steder å være nær hjemmet.",
        ),
        PoolItem(
            "SaLTo-koordinator i fast, hel stilling",
            "Koordinatorrollen er gjort om til en fast og hel stilling.",
            "Samarbeidspartnerne har én person å kontakte, og oppfølgingen av ungdom blir mer "
            "stabil.",
        ),
        PoolItem(
            "Innføring i SaLTo-samarbeidet for nyansatte",
            "Nyansatte i skoler, barnevern og fritid får en innføring i SaLTo-samarbeidet og "
            "reglene for deling av informasjon.",
            "Ungdom møter ansatte som vet hvordan de skal dele en bekymring og koble på riktige "
            "tjenester.",
        ),
        PoolItem(
            "Jobbsøkerkurs for ungdom",
            "Ungdom får hjelp til å skrive CV og søke sommerjobb og deltidsjobb.",
            "Flere unge får sin første jobb og en god erfaring med arbeidslivet.",
        ),
        PoolItem(
            "Årlig SaLTo-samling for alle samarbeidspartnere",
            "Alle partnerne samles én gang i året for å se på resultatene og justere planen.",
            "Tiltakene holdes i takt med det ungdom faktisk trenger.",
        ),
        PoolItem(
            "Samarbeidsavtaler med frivillige organisasjoner om lokale tilbud",
            "Bydelen har faste avtaler med frivillige organisasjoner som driver gratis tilbud for "
            "ungdom.",
            "Flere unge får tilbud i nærmiljøet, drevet av voksne som kjenner området.",
        ),
        PoolItem(
            "Leksehjelp i samarbeid med biblioteket",
            "Biblioteket og frivillige tilbyr gratis leksehjelp for elever på ungdomsskolen flere "
            "dager i uka.",
            "Elever som mangler hjelp hjemme, får støtte til å klare skolen.",
        ),
        PoolItem(
            "Samordnet hjelp til familier med sammensatte behov",
            "Barnevern, NAV og helsetjenestene samordner hjelpen til familier der flere barn er i "
            "risiko.",
            "Barna får hjelp som ser hele familien, og foreldrene slipper å forholde seg til "
            "mange instanser hver for seg.",
        ),
        PoolItem(
            "Dialog med kjøpesenteret om ungdom som oppholder seg der",
            "Bydelen, senterledelsen og vekterne har avtalt hvordan ungdom som henger på "
            "senteret, skal møtes.",
            "Ungdom blir møtt med respekt i stedet for bortvisning, og konflikter dempes.",
        ),
    ),
    "rus": (
        PoolItem(
            "Rusundervisning for alle niendeklasser",
            "Helsesykepleier og utekontakt holder felles undervisning om rus og konsekvenser for "
            "alle elever på niende trinn.",
            "Elevene får kunnskap før de fleste møter rus i vennemiljøet.",
        ),
        PoolItem(
            "Utekontakt i helgene {sted}",
            "Utekontakten er til stede {sted} fredag og lørdag kveld og følger med på rusbruken i "
            "ungdomsmiljøet.",
            "Unge som er ruset eller i en vanskelig situasjon, får hjelp der og da.",
        ),
        PoolItem(
            "Anonyme samtaler om rus hos helsestasjon for ungdom",
            "Ungdom kan få anonyme samtaler om egen eller andres rusbruk uten å bestille time.",
            "Terskelen for å be om hjelp blir lavere.",
        ),
        PoolItem(
            "Rusfri fredagskveld {sted}",
            "Fritidsklubben {sted} arrangerer rusfrie kvelder med musikk, mat og aktiviteter som "
            "ungdom selv er med og planlegger.",
            "Ungdom får et attraktivt alternativ til fester der det er rus.",
            ("Bydel Alna",),
        ),
        PoolItem(
            "Foreldreveiledning om rus og grensesetting",
            "Foreldre får kurs i hvordan de kan sette grenser og snakke med tenåringer om rus.",
            "Ungdom får foreldre som reagerer tydelig og støttende.",
            ("Bydel Østensjø", "Bydel Nordre Aker"),
        ),
        PoolItem(
            "Samtalegruppe om rus på ungdomsskolen {sted}",
            "Elever {sted} som har vist tegn til rusbruk, får tilbud om en samtalegruppe ledet av "
            "skolehelsetjenesten.",
            "Elevene får snakke om rus i en trygg gruppe og hjelp til å ta andre valg.",
            ("Bydel Frogner",),
        ),
        PoolItem(
            "Rask oppfølging av unge som politiet tar med rusmidler",
            "Bydelen får beskjed fra politiet og tilbyr ungdom og foreldre en samtale innen kort "
            "tid.",
            "Unge møtes med hjelp og ikke bare med en reaksjon.",
            ("Bydel Bjerke", "Bydel Vestre Aker", "Bydel Gamle Oslo"),
        ),
        PoolItem(
            "Lavterskel rusoppfølging på ungdomshuset {sted}",
            "En rådgiver fra ruskonsulenttjenesten har fast kontortid på ungdomshuset {sted}.",
            "Ungdom kan snakke om rus med en fagperson på et sted de kjenner fra før.",
        ),
        PoolItem(
            "Kartlegging av rusmiljøer i bydelen",
            "Utekontakten og politiet kartlegger jevnlig hvor unge bruker og kjøper rusmidler.",
            "Innsatsen kan settes inn der den trengs mest.",
            ("Bydel Nordstrand",),
        ),
        PoolItem(
            "Dialogmøte om rus med beboere {sted}",
            "Beboere, politi og bydel møtes {sted} for å snakke om rus og salg i nærmiljøet og om "
            "hva naboer kan gjøre.",
            "Ungdom møter et nærmiljø der voksne bryr seg og sier fra.",
            ("Bydel Nordstrand",),
        ),
        PoolItem(
            "Kontroll av alkoholsalg til mindreårige",
            "Bydelen gjennomfører kontroller og dialogmøter med butikker og serveringssteder om "
            "aldersgrensene.",
            "Det blir vanskeligere for mindreårige å få tak i alkohol.",
        ),
        PoolItem(
            "Unge ledere i fritidsklubben {sted}",
            "Ungdom får lederopplæring og ansvar i fritidsklubben {sted}, med rusfrihet som en "
            "del av rollen.",
            "De unge lederne blir forbilder for yngre barn og får selv en viktig oppgave.",
        ),
        PoolItem(
            "Ungdomskontrakt med oppfølging av rusbruk",
            "Unge som har begått mindre lovbrudd i ruspåvirket tilstand, kan inngå en frivillig "
            "kontrakt med oppfølging fra bydelen.",
            "Ungdommen får en ny sjanse og tett støtte i stedet for en sak som følger dem lenge.",
        ),
        PoolItem(
            "Opplæring om rus for ansatte i fritidsklubbene",
            "Ansatte i fritidsklubbene lærer å kjenne igjen tegn på rusbruk og å ta opp en "
            "bekymring med ungdommen.",
            "Ungdom møter voksne som tør å spørre og vet hvor det finnes hjelp.",
        ),
        PoolItem(
            "Ungdomsgruppe om press og valg {sted}",
            "Fritidsklubben {sted} driver en samtalegruppe der ungdom snakker om press, rus og "
            "vennskap.",
            "Ungdommene blir tryggere på å si nei og på å hjelpe venner som sliter.",
        ),
        PoolItem(
            "Felles rutine for bekymring om rusbruk",
            "Skoler, fritid og helsetjenester følger samme rutine når de er bekymret for en "
            "ungdoms rusbruk.",
            "Ingen bekymring blir liggende, og ungdommen får oppfølging raskere.",
        ),
        PoolItem(
            "Motiverende samtaler med unge som bruker rusmidler",
            "Ansatte i ungdomstjenestene har lært motiverende intervju og bruker metoden i "
            "samtaler om rus.",
            "Ungdommene blir møtt uten moralisering og får hjelp til å finne sine egne grunner "
            "til å endre seg.",
        ),
        PoolItem(
            "Rusteam for unge mellom 15 og 23 år",
            "Et eget team i bydelen gir behandling og oppfølging til unge med begynnende "
            "rusproblemer.",
            "Unge får hjelp tidlig og uten lang ventetid.",
        ),
        PoolItem(
            "Utekontakt ved badeplasser og parker {sted}",
            "Utekontakten er til stede ved badeplasser og i parker {sted} på sommerkveldene, når "
            "mange unge samles og det drikkes.",
            "Ungdom som får problemer med rus eller konflikter, får rask hjelp.",
        ),
        PoolItem(
            "Temakveld om rus for foreldre til elever i videregående",
            "Foreldre inviteres til temakveld med politi og helsesykepleier om rus, fester og "
            "russetid.",
            "Foreldre blir bedre i stand til å følge opp ungdom i en periode med mye press.",
        ),
        PoolItem(
            "Veiledning om snus og e-sigaretter",
            "Skolehelsetjenesten informerer om nikotinprodukter og hjelper elever som vil slutte.",
            "Elevene får konkret hjelp, og nikotinbruken blir tatt på alvor som et helsespørsmål.",
        ),
        PoolItem(
            "Rusfritt eksamensslipp for tiendeklassinger",
            "Bydelen og skolene arrangerer en rusfri fest for tiendeklassingene etter siste "
            "eksamen.",
            "Avgangselevene får markere skoleslutt uten press om å drikke.",
        ),
        PoolItem(
            "Sammenhengende rusundervisning på ungdomsskolene",
            "Ungdomsskolene bruker et undervisningsopplegg om rus som går over alle tre årene, "
            "med oppfriskning for lærerne.",
            "Elevene får en sammenhengende opplæring i stedet for enkeltstående foredrag.",
        ),
        PoolItem(
            "Samarbeid med idrettslagene om rusfrie miljøer",
            "Bydelen og idrettslagene har avtalt felles retningslinjer for rus i forbindelse med "
            "trening, cuper og fester.",
            "Ungdom som driver idrett, møter tydelige og like forventninger fra voksne.",
        ),
        PoolItem(
            "Oppfølging av unge som kommer til legevakten ruset",
            "Legevakten sier fra til bydelen når unge kommer inn ruspåvirket, og bydelen tar "
            "kontakt med familien.",
            "Ungdom og foreldre får tilbud om oppfølging etter en alvorlig hendelse.",
        ),
        PoolItem(
            "Informasjon om rus i sosiale medier",
            "Bydelen lager korte videoer og innlegg om rus sammen med ungdom og deler dem der "
            "unge er.",
            "Informasjonen når unge i en form de faktisk ser.",
        ),
        PoolItem(
            "Ruskonsulent på videregående skole",
            "En ruskonsulent fra bydelen har fast kontortid på den videregående skolen.",
            "Elevene kan få hjelp i skoletiden uten å oppsøke et kontor.",
        ),
        PoolItem(
            "Kurs i førstehjelp ved rusforgiftning for ungdom",
            "Elever på videregående får kurs i hva de skal gjøre når en venn blir dårlig av rus.",
            "Flere vet hvordan de skal hjelpe, og færre lar være å ringe etter hjelp av frykt for "
            "reaksjoner.",
        ),
        PoolItem(
            "Samtaler med unge som er involvert i salg av rusmidler",
            "Utekontakten og politiet følger opp unge som er mistenkt for å selge rusmidler, med "
            "samtaler og tilbud om andre aktiviteter.",
            "Ungdommene får en vei ut før de blir fanget i gjeld og avhengighet av eldre i "
            "miljøet.",
            ("Bydel Grünerløkka",),
        ),
        PoolItem(
            "Felles budskap om rus og fester sammen med foreldreutvalgene",
            "Bydelen møter foreldreutvalgene på ungdomsskolene for å bli enige om felles budskap "
            "om rus og fester.",
            "Foreldre står sammen om de samme reglene, og det blir lettere for ungdom å si nei.",
            ("Bydel Østensjø",),
        ),
        PoolItem(
            "Informasjon om rus til familier på flere språk",
            "Helsestasjonen og bydelens familietjenester deler informasjon om rus på de vanligste "
            "språkene i bydelen.",
            "Foreldre som ikke leser norsk, får den samme kunnskapen som andre foreldre.",
            ("Bydel Alna",),
        ),
        PoolItem(
            "Samtaler om rus for unge i arbeidstrening",
            "Unge i arbeidstreningstiltak får samtaler om rus som en del av oppfølgingen.",
            "Ungdommene får hjelp med rus og arbeid på samme sted.",
        ),
    ),
    "vold": (
        PoolItem(
            "Felles rutine ved trusler og vold i skolen",
            "Skolene og bydelen har en felles rutine for hva som skjer etter trusler og vold "
            "mellom elever.",
            "Elever som er utsatt, får rask oppfølging, og den som har utøvd vold, får hjelp til "
            "å endre atferd.",
        ),
        PoolItem(
            "Voksne til stede ved skoleslutt {sted}",
            "Miljøarbeidere og politi er til stede {sted} når skoledagen slutter og konflikter "
            "ofte blusser opp.",
            "Elevene kommer seg trygt hjem, og konflikter stoppes tidlig.",
        ),
        PoolItem(
            "Gruppetilbud for unge som har vært utsatt for vold",
            "Unge som har vært utsatt for vold eller ran, får tilbud om samtalegruppe med "
            "psykolog.",
            "Ungdommene får bearbeide det som har skjedd, og blir tryggere i hverdagen.",
        ),
        PoolItem(
            "Ballbinge med faste voksne {sted}",
            "Fritidsarbeidere driver organisert aktivitet i ballbingen {sted} på ettermiddagene.",
            "Ballbingen blir et trygt sted der alle får være med.",
        ),
        PoolItem(
            "Elevmeklere på ungdomsskolene",
            "Elever læres opp til å megle i konflikter mellom medelever.",
            "Konflikter løses tidlig og av elevene selv, før voksne må gripe inn.",
        ),
        PoolItem(
            "Nabolagsmøte etter voldshendelser {sted}",
            "Etter alvorlige hendelser {sted} blir beboere, skoler og foreldre invitert til møte "
            "med bydel og politi.",
            "Foreldre og unge får riktig informasjon, og rykter og frykt dempes.",
        ),
        PoolItem(
            "Oppfølging av unge i kriminelle nettverk",
            "Bydel og politi samarbeider om tett oppfølging av unge som er knyttet til kriminelle "
            "nettverk.",
            "Ungdommene får hjelp til å komme seg ut av miljøet og beskyttelse ved behov.",
            ("Bydel Grünerløkka",),
        ),
        PoolItem(
            "Oppsøkende arbeid i ungdomsgrupper {sted}",
            "Utekontakten oppsøker grupper av ungdom som samles {sted}, og bygger relasjoner over "
            "tid.",
            "Unge som står i fare for å havne i voldelige konflikter, får en voksen å gå til.",
        ),
        PoolItem(
            "Kampanje mot kniv i ungdomsmiljøet",
            "Skoler, fritidsklubber og politi forteller sammen hvorfor kniv gjør konflikter "
            "farligere.",
            "Færre unge bærer kniv, og flere sier fra når noen gjør det.",
        ),
        PoolItem(
            "Trygg skolevei {sted}",
            "Foreldre, skole og bydel har kartlagt skoleveien {sted} og satt inn voksne på "
            "utsatte steder.",
            "Barn og unge kan gå til og fra skolen uten å være redde.",
        ),
        PoolItem(
            "Ungdomsoppfølging i samarbeid med konfliktrådet",
            "Bydelen stiller med koordinator i ungdomsoppfølging og ungdomsstraff gjennom "
            "konfliktrådet.",
            "Ungdommene får en plan som bygger på deres egne mål.",
            ("Bydel Stovner", "Bydel Grorud", "Bydel Alna"),
        ),
        PoolItem(
            "Trygge overganger fra barneskole til ungdomsskole",
            "Skolene deler informasjon om elever som trenger ekstra støtte, før de begynner på "
            "ungdomsskolen.",
            "Sårbare elever får en god start, og konflikter følger ikke med fra barneskolen.",
        ),
        PoolItem(
            "Ungdomskafé med voksne til stede {sted}",
            "En ungdomskafé {sted} er åpen på ettermiddagene, bemannet av miljøarbeidere.",
            "Ungdom har et sted å være og voksne å snakke med.",
            ("Bydel Østensjø",),
        ),
        PoolItem(
            "Foreldrenettverk mot vold",
            "Foreldre i bydelen har dannet et nettverk som deler informasjon og går sammen på "
            "kveldsvandringer.",
            "Ungdom opplever at foreldre samarbeider og bryr seg.",
            ("Bydel Sagene",),
        ),
        PoolItem(
            "Jentegrupper om grenser og selvfølelse",
            "Helsesykepleier og miljøarbeider leder grupper for jenter om grenser, vennskap og "
            "press.",
            "Jentene blir tryggere på egne grenser og på å si fra.",
            ("Bydel Grorud", "Bydel Stovner"),
        ),
        PoolItem(
            "Miljøarbeidere i skolegården {sted}",
            "Skolene {sted} har miljøarbeidere som er ute i friminuttene og kjenner elevene.",
            "Mobbing og konflikter oppdages tidlig.",
        ),
        PoolItem(
            "Guttegrupper om vennskap og konflikter",
            "Miljøarbeidere leder grupper der gutter snakker om vennskap, sinne og hvordan "
            "konflikter kan løses.",
            "Guttene får andre verktøy enn vold når de havner i konflikt.",
        ),
        PoolItem(
            "Rask oppfølging av unge som er ranet",
            "Bydelen tar kontakt med unge som er ranet, og tilbyr samtale og hjelp til å anmelde.",
            "Ungdommene blir ikke alene med opplevelsen, og flere saker blir anmeldt.",
            ("Bydel Søndre Nordstrand",),
        ),
        PoolItem(
            "Voksne til stede ved holdeplassene {sted}",
            "Utekontakt og vektere er til stede ved holdeplassene {sted} på ettermiddag og kveld.",
            "Ungdom som venter på bussen, trikken eller banen, føler seg tryggere.",
            ("Bydel St. Hanshaugen", "Bydel Stovner"),
        ),
        PoolItem(
            "Forebyggende samtaler med unge som rekrutteres til kriminalitet",
            "Politi og bydel snakker med unge som er i ferd med å bli rekruttert av eldre "
            "kriminelle.",
            "Ungdommene får vite hva de risikerer og hvilken hjelp som finnes.",
        ),
        PoolItem(
            "Ungdomslos i overgangen mellom tjenester",
            "En ungdomslos følger unge med sammensatte behov mellom skole, barnevern, helse og "
            "NAV.",
            "Ungdommen slipper å fortelle historien sin på nytt til hver tjeneste.",
        ),
        PoolItem(
            "Helgevandring med foreldre {sted}",
            "Foreldre går kveldsvandring {sted} i helgene sammen med bydelens ansatte.",
            "Flere voksne er synlige der ungdom samles.",
            ("Bydel Østensjø",),
        ),
        PoolItem(
            "Kartlegging av utrygghet blant elever",
            "Skolene spør elevene hvor og når de føler seg utrygge, og svarene brukes i "
            "SaLTo-arbeidet.",
            "Tiltakene settes inn der elevene selv sier at de er utrygge.",
        ),
        PoolItem(
            "Kampsport med vekt på selvkontroll",
            "Et lokalt kampsportmiljø gir gratis trening der respekt og selvkontroll er en del av "
            "opplegget.",
            "Ungdom med mye energi får et sted å bruke den og lærer å håndtere sinne.",
        ),
        PoolItem(
            "Samarbeid med barnevernet om unge som utøver vold",
            "Barnevernet og SaLTo-koordinatoren har faste møter om unge som har utøvd vold.",
            "Ungdommene får hjelp som ser familien og skolen i sammenheng.",
        ),
        PoolItem(
            "Samarbeidsmøter med videregående skoler om konflikter",
            "Bydelen og de videregående skolene møtes jevnlig om konflikter som følger elevene "
            "fra ungdomsskolen.",
            "Elever får hjelp til å legge gamle konflikter bak seg.",
        ),
        PoolItem(
            "Sommerpatrulje med politi og utekontakt",
            "Politi og utekontakt går sammen i parker og på badeplasser på sommerkveldene.",
            "Ungdom møter voksne som kjenner dem, også i ferien.",
        ),
        PoolItem(
            "Kurs for foreldre til ungdom i konflikt",
            "Foreldre til unge som har vært involvert i konflikter, får kurs i kommunikasjon og "
            "grensesetting.",
            "Ungdommen får støtte hjemme til å holde seg unna nye konflikter.",
            ("Bydel Sagene",),
        ),
        PoolItem(
            "Politikontakt på hver ungdomsskole",
            "Hver ungdomsskole har en fast kontaktperson i politiet som besøker skolen jevnlig.",
            "Elevene blir kjent med politiet i trygge situasjoner, og skolen vet hvem den skal "
            "ringe.",
        ),
        PoolItem(
            "Felles innsats rundt 17. mai og skoleavslutninger",
            "Bydel, politi og natteravner lager en felles plan for dagene der mange unge samles.",
            "Store dager blir tryggere for ungdommene.",
            ("Bydel Østensjø",),
        ),
        PoolItem(
            "Sikkerhetsvurdering ved alvorlige konflikter mellom grupper",
            "Bydel og politi gjør felles vurderinger når konflikter mellom ungdomsgrupper kan "
            "føre til vold.",
            "Ungdom som kan bli rammet, får beskyttelse og tett oppfølging.",
        ),
        PoolItem(
            "Dialog med trossamfunn og foreninger om ungdomsvold",
            "Bydelen møter trossamfunn og innvandrerforeninger for å dele kunnskap om ungdomsvold "
            "og om hvordan foreldre kan følge opp.",
            "Flere voksne i ungdommenes nettverk kan si fra og hjelpe.",
        ),
        PoolItem(
            "Vennskapsgrupper på mellomtrinnet",
            "Skolene driver små grupper for elever på mellomtrinnet som har få venner eller ofte "
            "havner i konflikt.",
            "Barna får øve på å være sammen med andre før de begynner på ungdomsskolen.",
        ),
        PoolItem(
            "Felles innsats mot ran blant unge",
            "Politiet og bydelen samler kunnskap om hvor og når unge raner hverandre, og setter "
            "inn voksne der.",
            "Færre unge blir ranet på vei til og fra skole og fritid.",
            ("Bydel Søndre Nordstrand",),
        ),
        PoolItem(
            "Sommerleir for ungdom som trenger ekstra oppfølging",
            "Bydelen arrangerer en ukes leir for ungdom som trenger ekstra oppfølging, med "
            "miljøarbeidere de kjenner fra før.",
            "Ungdommene får gode opplevelser og nye relasjoner til voksne og jevnaldrende.",
        ),
        PoolItem(
            "Oppfølgingsmøte etter bortvisning for vold",
            "Elever som er bortvist etter vold, får et møte med skole, foreldre og bydel før de "
            "kommer tilbake.",
            "Eleven får en god retur, og konflikten blir fulgt opp i stedet for å bli glemt.",
        ),
        PoolItem(
            "Konfliktdempende arbeid i fritidsklubbene",
            "Ansatte i fritidsklubbene bruker faste metoder for å dempe konflikter og følger opp "
            "etterpå.",
            "Klubbene blir trygge steder for alle.",
            ("Bydel Bjerke",),
        ),
    ),
    "nett": (
        PoolItem(
            "Nettvettundervisning på mellomtrinnet",
            "Elever på femte til sjuende trinn får undervisning om personvern, deling av bilder "
            "og hvordan de sier fra.",
            "Barna lærer om trygg nettbruk før de får egne profiler i sosiale medier.",
            ("Bydel Søndre Nordstrand",),
        ),
        PoolItem(
            "Nettvettkurs for elever {sted}",
            "Ungdomsskolen {sted} får kurs for elevene om deling, samtykke og svindel på nett.",
            "Elevene vet mer om hva som er ulovlig, og hvor de kan få hjelp.",
        ),
        PoolItem(
            "Undervisning om deling av bilder og samtykke",
            "Helsesykepleiere underviser om deling av bilder, samtykke og hva loven sier.",
            "Færre blir utsatt for deling av krenkende bilder.",
            ("Bydel Østensjø",),
        ),
        PoolItem(
            "Foreldrekveld om nettbruk {sted}",
            "Foreldre {sted} blir invitert til et kveldsmøte om spill, sosiale medier og svindel "
            "på nett.",
            "Foreldre blir tryggere på å snakke med barna om det de gjør på nett.",
            ("Bydel Nordstrand", "Bydel Bjerke", "Bydel Grünerløkka"),
        ),
        PoolItem(
            "Informasjon om unge som lures til å låne ut bankkontoen sin",
            "Bydel og politi forteller unge hvordan kriminelle får dem til å låne ut bankkontoen "
            "sin.",
            "Færre unge blir brukt til å flytte penger for andre.",
            ("Bydel St. Hanshaugen",),
        ),
        PoolItem(
            "E-sportklubb i fritidsklubben {sted}",
            "Fritidsklubben {sted} har startet e-sport med voksne til stede og felles regler for "
            "god oppførsel.",
            "Unge som spiller mye, får et sosialt fellesskap og voksne som følger med.",
            ("Bydel Sagene",),
        ),
        PoolItem(
            "Rutine for å melde fra om hatprat og trusler på nett",
            "Skolene og bydelen har en rutine for hvordan trusler og hatprat på nett skal meldes "
            "og følges opp.",
            "Elever som blir utsatt, får raskere hjelp.",
        ),
        PoolItem(
            "Nettvettambassadører blant elevene {sted}",
            "Elever {sted} blir lært opp som nettvettambassadører og hjelper medelever som "
            "opplever noe ubehagelig på nett.",
            "Det er lettere å si fra til en jevnaldrende enn til en voksen.",
        ),
        PoolItem(
            "Kurs i digital ungdomskultur for ansatte",
            "Ansatte i skoler og ungdomstjenester får kurs om plattformene og trendene unge er "
            "opptatt av.",
            "Ungdom møter voksne som forstår hverdagen deres på nett.",
        ),
        PoolItem(
            "Samarbeid med politiet om rekruttering til kriminalitet via sosiale medier",
            "Bydel og politi deler kunnskap om hvordan unge blir rekruttert til kriminalitet "
            "gjennom sosiale medier.",
            "Unge som blir kontaktet, blir fanget opp tidligere.",
        ),
        PoolItem(
            "Markering av Trygg bruk-dagen",
            "Skolene markerer den årlige dagen for trygg nettbruk med opplegg som elevene er med "
            "og lager.",
            "Nettvett blir noe elevene snakker om, ikke bare noe voksne forteller.",
        ),
        PoolItem(
            "Digital tilstedeværelse for fritidsklubben {sted}",
            "Fritidsklubben {sted} er til stede på plattformene ungdom bruker, med faste tider "
            "for chat.",
            "Ungdom kan ta kontakt med kjente voksne også på nett.",
            ("Bydel Grorud",),
        ),
        PoolItem(
            "Spillkveld med voksne til stede",
            "Bydelen arrangerer spillkvelder der ungdom og voksne spiller sammen og snakker om "
            "spillkultur.",
            "Unge som spiller mye, får en arena der spillingen blir sosial.",
            ("Bydel Sagene",),
        ),
        PoolItem(
            "Oppfølging av elever utsatt for digital mobbing",
            "Skolene har faste rutiner for å følge opp elever som blir mobbet på nett.",
            "Elevene får hjelp raskt, og mobbingen stoppes tidligere.",
        ),
        PoolItem(
            "Bruk av Ungdata-tall om nettbruk i planarbeidet",
            "SaLTo-gruppen går gjennom Ungdata-tallene om nettbruk og krenkelser når tiltak skal "
            "velges.",
            "Tiltakene treffer det ungdom i bydelen forteller om.",
        ),
        PoolItem(
            "Trygg nett-kveld for ungdom {sted}",
            "Ungdomsklubben {sted} arrangerer kvelder der ungdom lærer å sikre profilene sine og "
            "rydde i personverninnstillingene.",
            "Ungdommene får kontroll over hva andre kan se om dem.",
        ),
        PoolItem(
            "Ungdomspanel om trygg nettbruk",
            "Et panel av ungdom gir råd om hvordan bydelen bør informere om nettbruk.",
            "Informasjonen blir relevant for dem den er laget for.",
        ),
        PoolItem(
            "Informasjon om seksuell utpressing på nett",
            "Ungdom og foreldre får vite hvordan seksuell utpressing på nett foregår, og hva de "
            "skal gjøre.",
            "Unge som blir utsatt, vet at de kan få hjelp og ikke skal betale.",
        ),
        PoolItem(
            "Nettvettøkter i fritidsklubbene",
            "Ansatte i fritidsklubbene holder korte nettvettøkter for ungdommene som bruker "
            "klubben.",
            "Ungdom som ikke får med seg undervisningen på skolen, får også kunnskapen.",
        ),
        PoolItem(
            "Foreldremøte om barnets første mobiltelefon",
            "Foreldre på fjerde trinn får råd om hvordan de kan følge opp barnets første mobil og "
            "sosiale medier.",
            "Barna får foreldre som setter rammer sammen.",
            ("Bydel Nordstrand", "Bydel Bjerke", "Bydel Grünerløkka"),
        ),
        PoolItem(
            "Nettvett i innføringstilbudet for nyankomne ungdommer",
            "Nyankomne ungdommer får undervisning om regler og risiko på nett som en del av "
            "innføringstilbudet.",
            "Unge som er nye i landet, får vite hva som er lov, og hvor de kan få hjelp.",
        ),
        PoolItem(
            "Informasjon om pengespill og kjøp i spill",
            "Helsesykepleier forteller elever hvordan spill lokker til kjøp, og hva som er tegn "
            "på spilleproblemer.",
            "Unge kjenner igjen mekanismene og vet hvor de kan få hjelp.",
            ("Bydel Sagene",),
        ),
        PoolItem(
            "Samarbeid med biblioteket om kildekritikk og nettvett",
            "Biblioteket og skolene lager opplegg om kildekritikk, falske nyheter og svindel.",
            "Unge blir bedre rustet til å vurdere det de ser på nett.",
        ),
    ),
}

# Second sentences that fit any measure of the area; they vary the pool's text.
EXTRA_ACHIEVES = {
    "felles": (
        "Tiltaket følges opp som fast punkt i SaLTo-gruppens møter.",
        "Erfaringene deles med andre bydeler gjennom koordinatornettverket.",
        "Innsatsen vurderes hvert halvår og justeres etter det partnerne ser.",
        "Ansvaret er fordelt mellom bydelen, skolene og politiet.",
        "Tiltaket bygger videre på arbeid fra forrige planperiode.",
    ),
    "rus": (
        "Tiltaket er utformet i samarbeid med helsestasjon for ungdom.",
        "Innholdet bygger på kunnskap om hva som virker i rusforebygging blant unge.",
        "Politiet og utekontakten deler jevnlig det de ser i miljøene.",
        "Tiltaket følges opp med en enkel evaluering hvert semester.",
        "Arbeidet ses i sammenheng med byens ruspolitiske handlingsplan.",
    ),
    "vold": (
        "Tiltaket ses i sammenheng med politiets forebyggende arbeid i området.",
        "Skolene sier fra tidlig når de ser konflikter som kan trappes opp.",
        "Innsatsen forsterkes i perioder med mye uro.",
        "Tiltaket evalueres sammen med politiet ved årets slutt.",
        "Erfaringene brukes i opplæringen av nye ansatte.",
    ),
    "nett": (
        "Innholdet oppdateres jevnlig, fordi plattformene og trendene endrer seg raskt.",
        "Opplegget er laget med støtte fra politiets forebyggere.",
        "Skolene får materiell de kan bruke videre i egen undervisning.",
        "Tiltaket ses i sammenheng med skolenes arbeid med digital dømmekraft.",
    ),
}
EXTRA_BENEFITS = {
    "felles": (
        "Det blir også lettere for foreldre å vite hva som finnes i nærmiljøet.",
        "Ungdom opplever at voksne rundt dem henger sammen.",
        "Tiltaket når også unge som ikke bruker de faste fritidstilbudene.",
    ),
    "rus": (
        "Ungdom vet hvor de kan henvende seg hvis de er bekymret for seg selv eller en venn.",
        "Foreldre får hjelp til å følge opp hjemme.",
        "Det blir lettere å snakke om rus.",
    ),
    "vold": (
        "Unge som er utsatt, får raskere hjelp og beskyttelse.",
        "Færre konflikter ender i vold.",
        "Ungdom opplever nærmiljøet som tryggere.",
    ),
    "nett": (
        "Unge vet bedre hvor de kan melde fra når noe skjer på nett.",
        "Foreldre får bedre forutsetninger for å følge med.",
        "Færre unge blir lurt eller presset gjennom sosiale medier.",
    ),
}

# Places in each district, as they complete a title ("Natteravner" + " på Furuset").
PLACES = {
    "Bydel Alna": ("på Furuset", "på Lindeberg", "på Haugerud", "på Tveita", "på Hellerud"),
    "Bydel Bjerke": ("på Veitvet", "på Linderud", "på Årvoll", "på Økern", "på Tonsenhagen"),
    "Bydel Frogner": ("på Majorstuen", "på Skillebekk", "på Frogner", "på Uranienborg"),
    "Bydel Gamle Oslo": ("på Tøyen", "på Grønland", "på Vålerenga", "på Kampen", "på Ensjø"),
    "Bydel Grorud": ("på Romsås", "på Ammerud", "på Rødtvet", "på Kalbakken", "på Grorud"),
    "Bydel Grünerløkka": ("på Sofienberg", "på Rodeløkka", "på Dælenenga", "på Sinsen", "på Hasle"),
    "Bydel Nordre Aker": ("på Kjelsås", "på Tåsen", "i Nydalen", "på Grefsen", "på Korsvoll"),
    "Bydel Nordstrand": ("på Lambertseter", "på Ljan", "på Bekkelaget", "på Ekeberg"),
    "Bydel Sagene": ("på Torshov", "på Bjølsen", "på Sandaker", "i Iladalen"),
    "Bydel St. Hanshaugen": ("på Bislett", "på Fagerborg", "på Ila", "på Bolteløkka"),
    "Bydel Stovner": ("på Haugenstua", "på Vestli", "på Rommen", "på Fossum", "på Høybråten"),
    "Bydel Søndre Nordstrand": ("på Holmlia", "på Mortensrud", "på Bjørndal", "på Hauketo"),
    "Bydel Ullern": ("på Skøyen", "på Lilleaker", "på Ullernåsen", "på Bestum"),
    "Bydel Vestre Aker": ("på Røa", "på Vinderen", "på Hovseter", "på Slemdal"),
    "Bydel Østensjø": ("på Bøler", "på Oppsal", "på Manglerud", "på Skullerud", "på Bogerud"),
}

# Units that leave `Eksempel i årsrapporten` empty instead of writing "Nei".
BLANK_EXAMPLE_UNITS = ("Bydel Sagene", "Region vest")

# ---------------------------------------------------------------------------------------------
# Sheets `Enhet` and `Vurdering`.
# ---------------------------------------------------------------------------------------------

PROFILES = {
    "Bydel Alna": Profile(
        "Styringsgruppen",
        "Planen ble laget i en arbeidsgruppe med bydelens tjenester, ungdomsskolene, de "
        "videregående skolene og politiets forebyggende enhet. Utkastet var på høring i "
        "ungdomsrådet.",
        "oppfølgingen av unge under og etter straffegjennomføring",
        "Mange tiltak trekker på de samme ansatte i delbydelene med størst behov, og det blir "
        "lite å gå på når noen slutter.",
    ),
    "Bydel Bjerke": Profile(
        "Styringsgruppen",
        "Bydelen, skolene og politiet hadde tre felles arbeidsmøter før planen ble lagt fram for "
        "styringsgruppen.",
        "det felles kunnskapsgrunnlaget og analysearbeidet",
        "Samarbeidspartnerne har ikke alltid hatt kapasitet til å stille på felles aktiviteter på "
        "kveldstid.",
    ),
    "Bydel Frogner": Profile(
        "Styringsgruppen",
        "Planen er laget av bydelen sammen med skolene og politiet, og er sett i sammenheng med "
        "den regionale planen for vest.",
        "omleggingen av det oppsøkende arbeidet etter Oslostandarden",
        "Utsatt ungdom i bydelen er spredt og lite synlig, og det tar mye tid å finne dem.",
    ),
    "Bydel Gamle Oslo": Profile(
        "Styringsgruppen",
        "Alle skolene i bydelen og politiet var med i arbeidsgruppen. Frivillige organisasjoner "
        "ga innspill i et eget møte.",
        "det lokale samarbeidet i nærmiljøforumene",
        "Det store antallet tiltak og aktører gjør koordineringen tidkrevende.",
    ),
    "Bydel Grorud": Profile(
        "Styringsgruppen",
        "SaLTo-koordinatoren skrev planen sammen med skolene, politiet og bydelens "
        "ungdomstjenester.",
        "ung til ung-arbeidet på ungdomsskolene",
        "Nye kontaktpersoner hos politiet har gjort at samarbeidet i perioder har måttet bygges "
        "opp igjen.",
    ),
    "Bydel Grünerløkka": Profile(
        "Styringsgruppen",
        "Bydel, skoler og politi laget planen sammen, og ungdomsrådet ble invitert til å "
        "kommentere utkastet.",
        "oppfølgingen av ungdom med gjentatt eller alvorlig kriminalitet",
        "Tiltak rettet mot foreldre har tapt i konkurransen med mer akutte oppgaver.",
    ),
    "Bydel Nordre Aker": Profile(
        "Ledergruppen",
        "Bydelen har ikke egen styringsgruppe for SaLTo, så planen ble lagt fram for bydelens "
        "ledergruppe. Skolene og politiet var med i arbeidsgruppen.",
        "kampanjen om deling av bilder på ungdomsskolene",
        "Det har ikke vært rom for å bygge kompetanse på flere fagområder samtidig.",
        other_empty=True,
    ),
    "Bydel Nordstrand": Profile(
        "Styringsgruppen",
        "Skolene, politiet og bydelens ungdomstjenester skrev planen i fellesskap.",
        "kartleggingen av illegale rusmidler blant ungdom",
        "Uklar fordeling av ressurser mellom bydel og politi har forsinket tiltak der begge må "
        "bidra.",
    ),
    "Bydel Sagene": Profile(
        "Styringsgruppen",
        "Planen ble laget av bydelen, skolene og politiet, med innspill fra konfliktrådet.",
        "bruken av gjenopprettende prosess i konflikter mellom unge",
        "Det har vært vanskelig å få ungdom med i medvirkningstiltakene.",
    ),
    "Bydel St. Hanshaugen": Profile(
        "Ledergruppen",
        "Uten egen styringsgruppe ble planen presentert for bydelens ledergruppe. Skolene og "
        "politiet var med i arbeidet fra starten.",
        "sommerjobbene i parkene",
        "Parkene og utelivet i bydelen trekker ungdom fra hele byen, og det krever samarbeid med "
        "mange bydeler.",
    ),
    "Bydel Stovner": Profile(
        "Styringsgruppen",
        "Bydelen, politiet, ungdomsskolene og den videregående skolen i bydelen deltok i en "
        "felles planprosess.",
        "tilstedeværelsen på arenaene der unge ferdes",
        "Tiltak som avhenger av avklaringer for hele byen, blir stående på vent.",
    ),
    "Bydel Søndre Nordstrand": Profile(
        "Styringsgruppen",
        "Arbeidsgruppen besto av bydelens tjenester, rektorene ved ungdomsskolene og politiets "
        "forebyggende enhet.",
        "samordningen mellom etatene når det oppstår uro",
        "Ekstraordinær innsats etter hendelser tar ressurser fra det langsiktige arbeidet.",
    ),
    "Bydel Ullern": Profile(
        "Ledergruppen",
        "Bydelen har ikke styringsgruppe for SaLTo; planen ble lagt fram for ledergruppen etter "
        "at skolene og politiet hadde gitt innspill.",
        "kunnskapsinnhentingen som grunnlag for tiltakene",
        "Små fagmiljøer gjør bydelen sårbar når nøkkelpersoner er borte.",
        other_empty=True,
    ),
    "Bydel Vestre Aker": Profile(
        "Styringsgruppen",
        "Skolene og politiet var med på å utforme planen, som ble behandlet i styringsgruppen før "
        "sommeren.",
        "oppfølgingen av ungdom og foreldre sammen",
        "Det er krevende å få kontakt med ungdom som ikke bruker fritidstilbudene.",
    ),
    "Bydel Østensjø": Profile(
        "Styringsgruppen",
        "Planen ble laget av bydelen sammen med skolene, politiet og representanter for "
        "foreldreutvalgene.",
        "samarbeidet med foreldreutvalgene og natteravnene",
        "Kunnskapen om digitale plattformer er for svak både i bydelen og på skolene.",
    ),
    "Uteseksjonen": Profile(
        "Styringsgruppen",
        "Planen ble laget sammen med sentrumsbydelene, skolene i sentrum og politiet.",
        "tillitsbyggingen med unge som oppholder seg i sentrum",
        "Ungdommene vi møter i sentrum, kommer fra hele byen, og det tar tid å finne rett kontakt "
        "i hjemmebydelen.",
    ),
    "Region vest": Profile(
        "Styringsgruppen",
        "Den regionale planen er laget av bydelene i vest sammen med skolene og politiet i "
        "regionen.",
        "koordineringen mellom bydelene i vest",
        "Felles tiltak på tvers av bydelene krever ekstra koordinering når bydelene er organisert "
        "ulikt.",
    ),
}

# Opening of the unit's own sentence in `Måloppnåelse`; completed with the profile's strength.
STRENGTH_OPENINGS = (
    "Vi har kommet lengst med {}.",
    "Særlig fornøyd er vi med {}.",
    "Best har det gått med {}.",
)

# Sentence pools per question of sheet `Vurdering` (keys as in the plan-period declaration).
# Sentences a step of half the pool apart can stand together in one answer.
ASSESSMENT_POOLS = {
    "goals": (
        "De fleste tiltakene i planen er i gang, og flere av dem er blitt en del av den vanlige "
        "driften.",
        "Måloppnåelsen er god innenfor rus og vold, mens forebygging på nett ligger etter.",
        "Målene er delvis nådd; noen tiltak har tatt lengre tid fordi de krever innsats fra flere "
        "etater.",
        "Effekten av forebyggende arbeid er vanskelig å måle, men tilbakemeldinger fra skoler og "
        "ungdom tyder på at vi er på rett vei.",
        "Planen går over tre år, og tiltakene som ikke er startet, skal etter planen komme i gang "
        "i 2025.",
        "Målet om mer tilstedeværelse er nådd, mens kompetansehevingen har gått saktere.",
        "Det går best der tiltakene har en tydelig eier og faste møtepunkter.",
        "Forebygging på nett er området der vi har kommet kortest, og der vi trenger mest støtte "
        "sentralt fra.",
        "Samlet sett har planen gitt et løft, særlig i samarbeidet med politiet.",
    ),
    "contribution": (
        "Planen har gitt oss et felles språk og en felles retning på tvers av tjenestene.",
        "Den har gjort det lettere å prioritere, fordi alle parter har vært med på å bestemme hva "
        "som er viktigst.",
        "Samarbeidet med politiet er blitt tettere og mer forutsigbart.",
        "Skolene er tydeligere med i det forebyggende arbeidet enn før.",
        "Planen har vist oss hull i tilbudet, særlig for unge over 18 år og på nett.",
        "Vi bruker planen når vi søker om midler og skal forklare hvorfor et tiltak er viktig.",
        "Den har gjort koordinatorrollen tydeligere og gitt arbeidet tyngde hos ledelsen.",
        "Det blir mindre dobbeltarbeid, fordi vi vet hva de andre gjør.",
    ),
    "use": (
        "Planen er fast sak på møtene i SaLTo-gruppen, og status gås gjennom hvert halvår.",
        "Koordinatoren bruker den aktivt, men den er mindre kjent blant ansatte ute i tjenestene.",
        "Ledelsen får en kort status for planen hvert år.",
        "Den brukes som oppslagsverk når nye tiltak vurderes.",
        "Bruken varierer: noen aktører bruker den jevnlig, andre kjenner den mest i hovedtrekk.",
        "Planen er tatt inn i virksomhetsplanene til flere av tjenestene.",
        "Vi har laget en kortversjon som deles ut til nyansatte og samarbeidspartnere.",
        "I hverdagen brukes den mindre enn vi ønsker, og vi vil gjøre den mer synlig i 2025.",
    ),
    "challenges": (
        "Utskifting av ansatte, både hos oss og hos partnerne, gjør at kunnskap og relasjoner må "
        "bygges opp på nytt.",
        "Politiet har lite kapasitet til forebyggende arbeid, og det har gått ut over enkelte "
        "tiltak.",
        "Flere tiltak er avhengige av midler som bare gis for ett år om gangen.",
        "Det er vanskelig å finne tid til samarbeidsmøter når tjenestene har stort press i "
        "hverdagen.",
        "Forebygging på nett krever kompetanse som ingen av partnerne har nok av, og vi trenger "
        "støtte fra sentrale fagmiljøer.",
        "Reglene om taushetsplikt oppleves fortsatt som et hinder for å dele informasjon i "
        "enkeltsaker.",
        "Det har vært vanskelig å nå de ungdommene som trenger det mest.",
        "Lange ventetider i spesialisthelsetjenesten gjør at ungdom blir gående uten behandling.",
        "Ungdom beveger seg på tvers av bydelsgrensene, og det krever bedre samordning med "
        "nabobydelene.",
    ),
    "other": (
        "Vi ønsker at Velferdsetaten tar initiativ til et felles kompetanseløft om "
        "kriminalitetsforebygging på nett.",
        "Det vil være nyttig med den samme malen for rapporteringen neste år, slik at tallene kan "
        "sammenlignes.",
        "Vi foreslår flere nettverkssamlinger for koordinatorene.",
        "Politiets nettpatrulje bør få mer kapasitet til å samarbeide med bydelene.",
        "Vi setter pris på at rapporteringene blir samlet i én felles årsrapport.",
        "Ansvaret mellom bydel og politi i rusarbeidet bør avklares tydeligere.",
        "Vi ønsker oss bedre tall for ungdomskriminalitet på bydelsnivå.",
    ),
}

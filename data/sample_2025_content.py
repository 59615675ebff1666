"""Content of the invented 2025 sample, read by `generate_sample_2025.py`.

2025 is the last year of the 2023–2025 plan. The sample starts from the 2024 sample workbooks in
`data/2024/` and lists only what changed: measures that are still not started (with this year's
explanation), started measures that were paused or ended, and new measures. Every other 2024
measure is carried over unchanged, and a 2024 measure that was not started and is not listed
here has started in 2025.

Everything here is invented. Areas and reasons are short keys, resolved against the plan-period
declaration as in the 2024 content (`"nett"` -> `Kriminalitetsforebygging på nett`); units and
2024 titles are written exactly as in the 2024 workbooks, and the generator stops if one of them
is not found there.
"""

from __future__ import annotations

from typing import NamedTuple


class Key(NamedTuple):
    """A 2024 measure: the unit and the exact title."""

    unit: str
    title: str


class NotStarted(NamedTuple):
    """A measure that is not started in 2025: the reason (short key) and this year's text."""

    reason: str
    explanation: str


class New(NamedTuple):
    """A measure that first appears in 2025. An empty `reason` means it has started."""

    unit: str
    area: str
    title: str
    achieves: str
    benefits: str
    reason: str = ""
    explanation: str = ""
    example: bool = False


# ---------------------------------------------------------------------------------------------
# 2024's not-started measures that are still not started in 2025, with the new explanation.
# (All other not-started measures of 2024 have started.)
# ---------------------------------------------------------------------------------------------

STILL_NOT_STARTED = {
    Key("Bydel Alna", "Felles oppsøkende kveldsteam med frivillige organisasjoner"): NotStarted(
        "ressurser",
        "Heller ikke i 2025 fikk de frivillige organisasjonene nok folk til faste kvelder. "
        "Bydelen vil i neste plan knytte kveldsarbeidet til utekontakten i stedet.",
    ),
    Key("Bydel Bjerke", "Lokal rutine for oppfølging av unge tatt med rusmidler"): NotStarted(
        "avklaring",
        "Byens felles retningslinjer for oppfølging av unge som tas med rusmidler, var ikke "
        "ferdige ved utgangen av 2025. Den lokale rutinen lages når de foreligger.",
    ),
    Key("Bydel Grünerløkka", "Traumebevisst praksis i ungdomstjenestene"): NotStarted(
        "kompetanse",
        "Bydelen fikk ikke plass i det byomfattende opplæringsløpet i 2025. Tiltaket foreslås "
        "videreført i planen for 2026–2028.",
    ),
    Key("Bydel Nordstrand", "Nabolagsvakter i helgene"): NotStarted(
        "prioritering",
        "Tellingene i 2025 viste lite uro i helgene i de aktuelle nabolagene. Bydelen har valgt å "
        "bruke ressursene på voksne til stede etter skoletid i stedet.",
    ),
    Key("Bydel Sagene", "Ungdomspanel om rus"): NotStarted(
        "gjennomføring",
        "Det lyktes fortsatt ikke å samle nok ungdommer til et eget panel. Temaet tas nå opp i "
        "ungdomsrådet, og panelet vurderes på nytt i neste plan.",
    ),
    Key("Bydel Sagene", "Veiledning om gaming og pengespill"): NotStarted(
        "kompetanse",
        "Bydelen har ikke funnet en samarbeidspartner med fagkunnskap om pengespill og har meldt "
        "behovet inn til Velferdsetaten.",
    ),
    Key("Bydel St. Hanshaugen", "Voksenvakter ved t-banestasjonene etter skoletid"): NotStarted(
        "ressurser",
        "Vaktene krever samarbeid med kollektivselskapet og nabobydelene, og det ble ikke funnet "
        "midler til faste vakter i 2025.",
    ),
    Key("Bydel Søndre Nordstrand", "Eget lavterskel møtested for unge voksne 18–23 år"): NotStarted(
        "prioritering",
        "Behovet er bekreftet, men bydelen har prioritert å utvide åpningstiden i de tilbudene som "
        "finnes. Et eget møtested tas med i arbeidet med neste plan.",
    ),
    Key("Bydel Ullern", "Kurs i gatemekling for ungdom"): NotStarted(
        "prioritering",
        "Konfliktarbeidet i skolene er prioritert i 2025. Kurset vurderes på nytt i neste "
        "planperiode.",
    ),
    Key("Bydel Vestre Aker", "Felles oppsøkende team med nabobydelene"): NotStarted(
        "avklaring",
        "Bydelene i vest er ennå ikke enige om hvordan teamet skal ledes og finansieres. "
        "Spørsmålet er lagt fram for styringsgruppen i Region vest.",
    ),
    Key("Bydel Østensjø", "Rutine for håndtering av deling av krenkende bilder"): NotStarted(
        "kompetanse",
        "Rutinen kan ikke tas i bruk før ansatte i skolene og bydelen har fått opplæring. "
        "Opplæringen er avtalt til våren 2026.",
    ),
    Key("Region vest", "Nettpatrulje i samarbeid med politiet"): NotStarted(
        "avklaring",
        "Politiet har varslet at nettpatruljene organiseres på en ny måte fra 2026. Regionen "
        "venter på den nye organiseringen før tiltaket settes i gang.",
    ),
}

# Short remarks that some units wrote on a measure that started in 2025; handed out in turn to
# every other newly started measure, the rest leave `Forklaring` empty.
STARTED_NOTES = (
    "Kom i gang våren 2025.",
    "Startet høsten 2025, da finansieringen var på plass.",
    "Startet i 2025, foreløpig i mindre skala enn planlagt.",
    "Kom i gang i 2025 etter at ansvaret mellom partene ble avklart.",
    "Startet som prøveordning i 2025.",
)

# ---------------------------------------------------------------------------------------------
# 2024's started measures that are paused in 2025 (started -> not started).
# ---------------------------------------------------------------------------------------------

PAUSED = {
    Key("Bydel Bjerke", "Ballbinge med faste voksne på Linderud"): NotStarted(
        "ressurser",
        "Tilbudet ble satt på pause i 2025 fordi stillingene som bemannet ballbingen, ikke ble "
        "videreført. Bydelen søker nye midler.",
    ),
    Key("Bydel Nordre Aker", "Tverrfaglig kriseteam ved uro i ungdomsmiljøet"): NotStarted(
        "gjennomføring",
        "Flere av de faste deltakerne sluttet i løpet av året, og teamet har ikke vært satt "
        "sammen i 2025. Det bygges opp på nytt i 2026.",
    ),
}

# ---------------------------------------------------------------------------------------------
# 2024's started measures that are no longer in the plan in 2025: completed, or ended and
# carried on in ordinary services. They are simply absent from the 2025 workbooks.
# ---------------------------------------------------------------------------------------------

DROPPED = (
    Key("Bydel Alna", "Bedre belysning og ryddige møteplasser på Haugerud"),
    Key("Bydel Bjerke", "Felles oversikt over lavterskeltilbud for ungdom"),
    Key("Bydel Frogner", "Nabolagsmøte etter voldshendelser på Skillebekk"),
    Key("Bydel Gamle Oslo", "Bedre belysning og ryddige møteplasser på Grønland"),
    Key("Bydel Gamle Oslo", "Sommerleir for ungdom som trenger ekstra oppfølging"),
    Key("Bydel Grorud", "SaLTo-koordinator i fast, hel stilling"),
    Key("Bydel Nordre Aker", "Kartlegging av utrygghet blant elever"),
    Key("Bydel Sagene", "Kartlegging av rusmiljøer i bydelen"),
    Key("Bydel Stovner", "Markering av Trygg bruk-dagen"),
    Key("Bydel Søndre Nordstrand", "Dialog med kjøpesenteret om ungdom som oppholder seg der"),
    Key("Bydel Østensjø", "Bruk av Ungdata-tall om nettbruk i planarbeidet"),
    Key("Region vest", "Felles oversikt over rusbruk blant unge i region vest"),
)

# ---------------------------------------------------------------------------------------------
# The 2024 measures the units propose as examples in 2025 (all other 2024 flags are cleared).
# ---------------------------------------------------------------------------------------------

EXAMPLES = (
    Key(
        "Bydel Gamle Oslo",
        "Øke trygghet og styrke lokalt samarbeid og koordinering for lokale løsninger",
    ),
    Key(
        "Uteseksjonen",
        "Bygge tillit mellom barn og unge som oppholder seg i sentrum og hjelpesystemet",
    ),
    Key("Bydel Grorud", "Ung til ung-metoden med unge ruseksperter på ungdomsskoler"),
    Key("Bydel Nordstrand", "Dialogmøter / «Faktasjekk» på biblioteket"),
    Key("Bydel Stovner", "Tiltaksutvikling for ungdomsstraff og ungdomsoppfølging"),
    Key(
        "Bydel Sagene", "Forebygging av vold gjennom konflikthåndtering og gjenopprettende prosess"
    ),
    Key("Bydel Nordre Aker", "Spør først!"),
)

# ---------------------------------------------------------------------------------------------
# New measures in 2025, most of them on the internet, the area the 2024 report said needed the
# most effort. They come after the unit's carried-over measures of the same area.
# ---------------------------------------------------------------------------------------------

NEW = (
    # Felles innsats i prioriterte områder
    New(
        "Bydel Bjerke",
        "felles",
        "Felles sommerplan med politi, frivillige og fritidsklubber",
        "Bydelen, politiet og de frivillige lager én plan for sommeren: hvem som er ute hvor og "
        "når, hvilke tilbud som er åpne, og hvordan de varsler hverandre ved uro.",
        "Ungdom som er hjemme i ferien, møter åpne tilbud og kjente voksne hele sommeren, også i "
        "ukene der mye ellers er stengt.",
        example=True,
    ),
    New(
        "Bydel Nordre Aker",
        "felles",
        "Trygghetsvandring sammen med ungdomsrådet",
        "Ungdomsrådet viser bydelen og politiet steder der unge føler seg utrygge, og forslagene "
        "følges opp med tiltak i nærmiljøet.",
        "Unge får si fra om det de selv opplever som utrygt, og ser at det blir gjort noe med det.",
    ),
    New(
        "Uteseksjonen",
        "felles",
        "Feltarbeid på dagtid i skoleferiene",
        "Feltarbeiderne er ute på dagtid i sentrum i sommerferien og høstferien, når mange unge "
        "oppholder seg der uten faste aktiviteter.",
        "Unge som er alene i sentrum i ferien, har voksne å snakke med og blir koblet til tilbud i "
        "hjemmebydelen.",
    ),
    # Rus blant unge
    New(
        "Bydel Frogner",
        "rus",
        "Oppfølging av unge som tas med rusmidler i utelivet",
        "Unge under 18 år som politiet møter ruset i utelivet, skal få tilbud om samtale med "
        "bydelen innen en uke.",
        "Ungdommen og foreldrene får hjelp tidlig, før rusbruken blir et fast mønster.",
        reason="avklaring",
        explanation="Tiltaket venter på en avtale med politiet om hvordan bydelen skal få beskjed "
        "når unge tas med rusmidler.",
    ),
    New(
        "Bydel Vestre Aker",
        "rus",
        "Rusforebyggende arbeid rettet mot russen sammen med de videregående skolene",
        "Skolene, bydelen og russestyrene avtaler felles regler og tilstedeværelse i russetiden, "
        "og russen får informasjon om rus og samtykke før feiringen starter.",
        "Russen feirer tryggere, og det er voksne å henvende seg til hvis noe går galt.",
    ),
    New(
        "Bydel Østensjø",
        "rus",
        "Samtaler om lystgass og nye rusmidler i fritidsklubbene",
        "Ansatte i fritidsklubbene får kunnskap om lystgass og andre nye rusmidler og tar temaet "
        "opp i samtaler med ungdommene.",
        "Ungdom får kunnskap om risikoen fra voksne de kjenner, og tør å spørre om det de lurer "
        "på.",
        example=True,
    ),
    # Vold blant jevnaldrende
    New(
        "Bydel Alna",
        "vold",
        "Oppfølging av unge som bærer kniv",
        "Når skolen eller politiet finner kniv hos en ungdom, kalles ungdommen og foreldrene inn "
        "til en samtale med bydel og politi, og det lages en plan for oppfølgingen.",
        "Ungdommen får hjelp med det som ligger bak, som frykt eller press fra andre, og risikoen "
        "for alvorlig vold blir mindre.",
        example=True,
    ),
    New(
        "Bydel Grünerløkka",
        "vold",
        "Stormøter med konfliktrådet etter hendelser mellom ungdomsgrupper",
        "Etter slåsskamper eller trusler mellom grupper inviterer bydelen og konfliktrådet de "
        "involverte og familiene deres til et felles møte.",
        "Konflikten løses i stedet for å trappes opp, og ungdommene slipper å gå og vente på hevn.",
    ),
    New(
        "Bydel Søndre Nordstrand",
        "vold",
        "Foreldrenettverk mot kniv og vold",
        "Foreldre på hver ungdomsskole skal organisere seg i et nettverk som deler informasjon og "
        "er til stede ute når det er uro.",
        "Flere voksne følger med, og foreldrene står sammen om de samme grensene.",
        reason="ressurser",
        explanation="Bydelen har ikke hatt noen til å koordinere nettverket i 2025. Det søkes om "
        "midler til en deltidsstilling.",
    ),
    # Kriminalitetsforebygging på nett
    New(
        "Bydel Alna",
        "nett",
        "Digital foreldrekveld om spill, sosiale medier og nettpress",
        "Foreldre får en kveld med korte innlegg fra politiet og helsesykepleier om hva barna "
        "møter på nett, og hvordan de kan snakke med dem om det.",
        "Foreldre blir tryggere på å sette grenser og blir noen barna tør å si fra til.",
    ),
    New(
        "Bydel Frogner",
        "nett",
        "Chattetjeneste i ungdomstjenestene",
        "Ungdom kan skrive anonymt med en ansatt i ungdomstjenestene noen kvelder i uken.",
        "Unge som ikke vil eller tør å møte opp, får en voksen å snakke med på sine egne "
        "premisser.",
    ),
    New(
        "Bydel Gamle Oslo",
        "nett",
        "Oppfølging av unge som rekrutteres til kriminalitet via sosiale medier",
        "Bydelen og politiet følger med på hvordan unge blir tilbudt oppdrag på sosiale medier, og "
        "unge som har tatt imot slike oppdrag, får tett oppfølging.",
        "Unge blir fanget opp før de trekkes dypere inn i kriminelle nettverk, og familiene får "
        "hjelp til å forstå hva som skjer.",
        example=True,
    ),
    New(
        "Bydel Grorud",
        "nett",
        "Undervisning om seksuell utpressing for 9. trinn",
        "Helsesykepleier og politiet holder en skoletime om seksuell utpressing på nett: hvordan "
        "det skjer, og hva ungdom kan gjøre hvis det skjer dem.",
        "Elevene vet at det ikke er deres skyld, og hvor de kan få hjelp raskt.",
    ),
    New(
        "Bydel Grünerløkka",
        "nett",
        "Veiledning til fritidsklubbene om konflikter som starter på nett",
        "Ansatte i fritidsklubbene får veiledning i å fange opp og roe ned konflikter som "
        "begynner i sosiale medier og fortsetter i klubben.",
        "Ungdommene får hjelp til å løse konflikten før den fører til vold.",
    ),
    New(
        "Bydel Nordstrand",
        "nett",
        "Kurs om nettsvindel for elever i videregående skole",
        "Elevene lærer å kjenne igjen svindelforsøk og hva som skjer når noen låner ut "
        "bankkontoen sin.",
        "Unge unngår å bli lurt og å bli brukt i andres svindel.",
    ),
    New(
        "Bydel Sagene",
        "nett",
        "Digital kompetanse for skolehelsetjenesten",
        "Helsesykepleierne får opplæring i å snakke med elever om nettbruk, deling av bilder og "
        "press på nett.",
        "Elevene møter voksne som forstår nettet deres og vet hvordan de kan hjelpe.",
    ),
    New(
        "Bydel St. Hanshaugen",
        "nett",
        "Felles innsats mot deling av voldsvideoer blant unge",
        "Skolene, bydelen og politiet skal ha en felles framgangsmåte når videoer av vold mellom "
        "unge spres.",
        "Den som blir utsatt, får raskt hjelp, og videoene stoppes tidligere.",
        reason="kompetanse",
        explanation="Ingen av partnerne har hatt kunnskap nok om hvordan slike videoer fjernes. "
        "Bydelen har bedt politiet om opplæring.",
    ),
    New(
        "Bydel Stovner",
        "nett",
        "Ungdomsråd om trygghet på nett",
        "En gruppe ungdommer møtes jevnlig med bydelen og politiet og forteller hva som skjer på "
        "nett, og de lager selv innhold om nettvett for yngre elever.",
        "Tiltakene treffer bedre når ungdommene selv er med på å lage dem, og yngre elever lytter "
        "til eldre ungdom.",
        example=True,
    ),
    New(
        "Bydel Søndre Nordstrand",
        "nett",
        "Digitale foreldremøter på flere språk om nettbruk",
        "Korte foreldremøter på nett med tolk, der foreldre får vite hvilke apper barna bruker og "
        "hva de kan være oppmerksomme på.",
        "Foreldre som ikke kommer på vanlige foreldremøter, får den samme kunnskapen.",
    ),
    New(
        "Bydel Ullern",
        "nett",
        "Rutine for oppfølging av elever utsatt for seksuell utpressing",
        "Skolene og bydelen skal ha en felles rutine for hva de gjør når en elev blir utsatt for "
        "seksuell utpressing på nett.",
        "Eleven blir tatt på alvor og får hjelp samme dag.",
        reason="avklaring",
        explanation="Bydelen venter på en felles veileder for hele byen, som etter planen kommer i "
        "2026.",
    ),
    New(
        "Region vest",
        "nett",
        "Felles kompetanseprogram om digitale risikoarenaer for ansatte i vest",
        "Ansatte i bydelene i vest får et felles program med samlinger om spill, sosiale medier og "
        "rekruttering på nett.",
        "Ungdom i vest møter ansatte med samme kunnskap, uansett hvilken bydel de bor i.",
        example=True,
    ),
)

# ---------------------------------------------------------------------------------------------
# Sheet `Vurdering`, written for the plan's last year: looking back over 2023–2025 and ahead to
# the programme for 2026–2028.
# ---------------------------------------------------------------------------------------------


class Outlook(NamedTuple):
    """What a unit says about the whole period, and what it takes into the next plan."""

    looking_back: str
    next_plan: str
    other_empty: bool = False


OUTLOOKS = {
    "Bydel Alna": Outlook(
        "Over de tre årene har oppfølgingen av unge under og etter straffegjennomføring blitt en "
        "fast del av arbeidet.",
        "I neste plan vil vi samle innsatsen i færre delbydeler og følge den tettere.",
    ),
    "Bydel Bjerke": Outlook(
        "Analysearbeidet vi startet i 2023, brukes nå hver gang SaLTo-gruppen prioriterer.",
        "Den nye planen skal bygge på oversikten, og den oppdateres hvert halvår.",
    ),
    "Bydel Frogner": Outlook(
        "Omleggingen av det oppsøkende arbeidet er gjennomført, og ansatte bruker de samme "
        "rutinene.",
        "Neste plan bør legge mer vekt på unge som ferdes i bydelen uten å bo her.",
    ),
    "Bydel Gamle Oslo": Outlook(
        "Nærmiljøforumene har vist seg å være den viktigste arenaen for samarbeid i perioden.",
        "Vi vil ha færre og tydeligere tiltak i neste plan, slik at koordineringen blir enklere.",
    ),
    "Bydel Grorud": Outlook(
        "Ung til ung-arbeidet har nådd alle ungdomsskolene i løpet av perioden.",
        "Til neste plan ønsker vi å ta metoden i bruk også om nett og pengespill.",
    ),
    "Bydel Grünerløkka": Outlook(
        "Oppfølgingen av ungdom med gjentatt kriminalitet har fått faste rutiner i perioden.",
        "Foreldrearbeidet har kommet for kort og får en større plass i planen for 2026–2028.",
    ),
    "Bydel Nordre Aker": Outlook(
        "Kampanjen om deling av bilder er gjennomført på alle ungdomsskolene.",
        "I neste plan vil vi bygge opp igjen kriseteamet og gi det en fast leder.",
        other_empty=True,
    ),
    "Bydel Nordstrand": Outlook(
        "Kartleggingen av illegale rusmidler har gitt oss et bedre grunnlag enn vi hadde i 2023.",
        "Neste plan bør avklare tydeligere hva bydelen og politiet har ansvar for hver for seg.",
    ),
    "Bydel Sagene": Outlook(
        "Gjenopprettende prosess brukes nå i de fleste konflikter mellom unge som kommer til oss.",
        "Vi trenger nye måter å få ungdom med i arbeidet på, og det skal stå i neste plan.",
    ),
    "Bydel St. Hanshaugen": Outlook(
        "Sommerjobbene i parkene har vokst hvert år i perioden.",
        "Neste plan bør lages sammen med sentrumsbydelene, siden ungdommen i parkene kommer fra "
        "hele byen.",
    ),
    "Bydel Stovner": Outlook(
        "Tilstedeværelsen på arenaene der unge ferdes, er blitt større og mer forutsigbar.",
        "Vi håper at avklaringene for hele byen kommer tidlig i neste periode, så tiltakene ikke "
        "blir stående på vent.",
    ),
    "Bydel Søndre Nordstrand": Outlook(
        "Samordningen mellom etatene ved uro fungerer nå uten at noen må kalle den inn.",
        "I neste plan vil vi skjerme det langsiktige arbeidet bedre mot ekstraordinær innsats.",
    ),
    "Bydel Ullern": Outlook(
        "Kunnskapsinnhentingen har gitt et grunnlag vi bruker i hele bydelen.",
        "Neste plan bør gjøre bydelen mindre sårbar når nøkkelpersoner er borte, blant annet "
        "gjennom mer samarbeid i Region vest.",
        other_empty=True,
    ),
    "Bydel Vestre Aker": Outlook(
        "Oppfølgingen av ungdom og foreldre sammen er blitt en fast arbeidsform.",
        "Vi vil finne flere måter å nå ungdom som ikke bruker fritidstilbudene på.",
    ),
    "Bydel Østensjø": Outlook(
        "Samarbeidet med foreldreutvalgene og natteravnene har vært stabilt gjennom hele perioden.",
        "Kompetanse om digitale plattformer er det vi trenger mest i neste plan.",
    ),
    "Uteseksjonen": Outlook(
        "Tillitsarbeidet i sentrum har gjort at flere unge tar imot hjelp i hjemmebydelen.",
        "I neste plan bør det stå tydeligere hvem i hver bydel vi skal kontakte.",
    ),
    "Region vest": Outlook(
        "Koordineringen mellom bydelene i vest er blitt mer forutsigbar i løpet av perioden.",
        "Den regionale planen for 2026–2028 bør ha færre, felles tiltak som alle bydelene står "
        "bak.",
    ),
}

# Sentence pools per question of sheet `Vurdering` (keys as in the plan-period declaration).
# Sentences a step of half the pool apart can stand together in one answer.
ASSESSMENT_POOLS = {
    "goals": (
        "Ved utgangen av planperioden er nesten alle tiltakene i gang.",
        "Tiltakene som sto stille i 2024, kom for det meste i gang i 2025.",
        "Vi har nådd de fleste målene i planen, men forebygging på nett ble prioritert for sent.",
        "Samlet sett har perioden gitt et tydelig løft i samarbeidet mellom bydel, skole og "
        "politi.",
        "Noen tiltak er avsluttet fordi de har gjort jobben sin, og arbeidet går videre i de "
        "ordinære tjenestene.",
        "Det er fortsatt vanskelig å måle effekt, men vi ser færre alvorlige hendelser på "
        "arenaene der vi har vært mest til stede.",
        "Planen har vært realistisk; det som ikke er gjort, skyldes mest manglende ressurser.",
        "Målene for rus og vold er i hovedsak nådd, mens nettarbeidet er kommet godt i gang det "
        "siste året.",
    ),
    "contribution": (
        "Over tre år har planen gjort samarbeidet mindre avhengig av enkeltpersoner.",
        "Planen har gitt en felles prioritering som alle partene kjenner seg igjen i.",
        "Den har gjort det lettere å avslutte tiltak som ikke virket, og bruke ressursene på nytt.",
        "Arbeidet med planen har gitt oss et kunnskapsgrunnlag vi tar med inn i neste periode.",
        "Skolene og politiet er blitt faste deltakere i stedet for gjester.",
        "Planen har vært et nyttig verktøy når vi har forklart ledelsen hva SaLTo-arbeidet krever.",
        "Den har gjort det tydelig hvor tilbudet er svakt, særlig på nett.",
        "Vi har fått et bedre bilde av hva de andre aktørene gjør, og overlapper mindre.",
    ),
    "use": (
        "Planen gås gjennom på hvert møte i SaLTo-gruppen.",
        "Planen brukes mer nå enn i 2023, men er fortsatt mest et verktøy for koordinatoren.",
        "Status for planen er lagt fram for ledelsen hvert år i perioden.",
        "Planen er et fast punkt i samarbeidsmøtene med politiet.",
        "Tjenestene har brukt planen som grunnlag for egne årsplaner.",
        "Vi har brukt planen aktivt i arbeidet med den nye planen for 2026–2028.",
        "Den brukes jevnlig av de fleste partene, men er mindre kjent blant nyansatte.",
        "Kortversjonen av planen har gjort den lettere å bruke ute i tjenestene.",
    ),
    "challenges": (
        "Utskifting av ansatte har gjort at flere tiltak har måttet starte på nytt i perioden.",
        "Midler som gis for ett år om gangen, gjør det vanskelig å planlegge over tre år.",
        "Politiets kapasitet til forebygging har variert mye gjennom perioden.",
        "Nettarbeidet krever kompetanse som vi har måttet bygge opp underveis.",
        "Det har tatt lang tid å få avklaringer som gjelder hele byen.",
        "Ungdom flytter seg raskere mellom arenaer enn tiltakene klarer å følge.",
        "Taushetsplikten gjør det fortsatt vanskelig å samarbeide om enkeltungdommer.",
        "Vi har hatt flere tiltak enn vi har hatt folk til å følge opp.",
        "Ventetidene i hjelpeapparatet har ikke blitt kortere i perioden.",
    ),
    "other": (
        "Vi ønsker at den nye planen får færre innsatsområder og tydeligere mål.",
        "Det er nyttig at rapporteringen har vært lik alle tre årene, slik at vi kan se "
        "utviklingen.",
        "Vi foreslår at neste plan har et eget innsatsområde for kriminalitetsforebygging på nett.",
        "Vi ønsker en felles samling for alle koordinatorene når den nye planen starter.",
        "Velferdsetaten bør gi bydelene tidlig beskjed om rammene for neste planperiode.",
        "Det bør være en felles mal for lokale handlingsplaner i perioden 2026–2028.",
        "Vi ønsker tall for ungdomskriminalitet på bydelsnivå også i neste periode.",
    ),
}

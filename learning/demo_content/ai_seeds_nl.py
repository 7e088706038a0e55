"""AI Seeds lessons in Dutch."""

LESSONS = [
    {
        "title": "Wat is kunstmatige intelligentie?",
        "description": "Een heldere uitleg van AI, met voorbeelden die je elke dag al gebruikt "
        "en het verschil tussen smalle en algemene AI.",
        "body": [
            ("h2", "Een korte definitie"),
            (
                "p",
                "Kunstmatige intelligentie, of AI, is de naam voor computersystemen die taken "
                "uitvoeren waarvoor vroeger menselijk oordeel nodig was: een gezicht op een "
                "foto herkennen, een gesproken vraag begrijpen, het volgende woord van een "
                "bericht voorstellen of een vreemde betaling met je bankpas opmerken.",
            ),
            (
                "p",
                "Gewone software volgt regels die een programmeur een voor een heeft "
                "opgeschreven. Een AI-systeem verschilt op één belangrijk punt: in plaats van "
                "elke regel te krijgen, <strong>leert het patronen uit voorbeelden</strong>. "
                "Laat een systeem duizenden foto's zien met het label „kat” of „hond” en het "
                "ontdekt zelf welke vormen en structuren bij elk label horen.",
            ),
            (
                "illustration",
                "📷 → 🧠 → 🏷️",
                "Een foto gaat een model in, dat antwoordt met een label.",
                "Een AI-model maakt van invoer een voorspelling die het uit voorbeelden leerde.",
            ),
            ("h2", "AI die je al gebruikt"),
            (
                "p",
                "Waarschijnlijk heb je vandaag al een paar keer AI gebruikt zonder het te "
                "merken. Enkele alledaagse voorbeelden:",
            ),
            (
                "ul",
                [
                    "Je telefoon die ontgrendelt zodra hij je gezicht herkent.",
                    "Een kaartenapp die voorspelt hoe lang je in de file staat.",
                    "Een streamingdienst die je volgende serie voorstelt.",
                    "Je e-mail die een verdacht bericht naar de spammap verplaatst.",
                    "Automatische ondertitels onder een video.",
                ],
            ),
            (
                "think",
                "Loop in gedachten de apps langs die je gisteren gebruikte. Welke daarvan "
                "deden een gok over jou, je woorden of je foto's?",
                "Let op alles wat aanbeveelt, voorspelt, vertaalt, filtert of herkent. Daar "
                "is telkens een kleine AI aan het werk.",
            ),
            ("h2", "Smalle en algemene AI"),
            (
                "p",
                "Elk AI-systeem dat vandaag wordt gebruikt is <strong>smal</strong>: het is "
                "goed in één soort taak en hulpeloos daarbuiten. Het systeem dat gezichten "
                "herkent kan geen vakantie plannen, en een schaakprogramma kan geen auto "
                "besturen. Zelfs chatbots die over alles lijken te praten doen onder de "
                "motorkap één smalle taak: waarschijnlijke tekst voorspellen.",
            ),
            (
                "p",
                "<strong>Algemene AI</strong>, een machine die over elk probleem kan leren en "
                "redeneren zoals een mens, bestaat niet. Onderzoekers zijn het oneens over of "
                "en wanneer die er komt, dus wees voorzichtig met koppen die doen alsof ze er "
                "al is.",
            ),
            (
                "fact",
                "De term „artificial intelligence” werd in 1955 bedacht voor een "
                "zomerworkshop die in 1956 aan Dartmouth College in de Verenigde Staten werd "
                "gehouden.",
            ),
            ("h2", "Test jezelf"),
            (
                "quiz",
                "Welke van deze is een voorbeeld van AI?",
                [
                    "Een rekenmachine die twee getallen optelt",
                    "Een foto-app die foto's groepeert per persoon die erop staat",
                    "Een lamp die elke avond om 19.00 uur aangaat",
                ],
                2,
                "Foto's per gezicht groeperen betekent patronen herkennen die de app uit veel "
                "voorbeelden heeft geleerd. De rekenmachine en de tijdschakelaar volgen alleen "
                "vaste regels.",
            ),
            (
                "quiz",
                "Wat betekent het dat de AI van nu „smal” is?",
                [
                    "Dat ze alleen op kleine schermen werkt",
                    "Dat ze over alles kan nadenken, maar langzaam",
                    "Dat elk systeem goed is in één soort taak en niet daarbuiten",
                ],
                3,
                "Smalle AI is bekwaam binnen één taak, zoals spraak herkennen, en begrijpt "
                "niets daarbuiten. Geen enkel systeem heeft vandaag algemene, menselijke "
                "vaardigheden.",
            ),
        ],
    },
    {
        "title": "Hoe machines leren van voorbeelden",
        "description": "Regels tegenover leren: trainingsdata, modellen en voorspellingen, "
        "uitgelegd met een spamfilter.",
        "body": [
            ("h2", "Twee manieren om een computer iets te leren"),
            (
                "p",
                "Stel dat je wilt dat een computer binnenkomende e-mail sorteert in „spam” en "
                "„geen spam”. De traditionele manier is regels schrijven: staat er „u hebt "
                "gewonnen” in het onderwerp, dan is het spam. Dat werkt even, maar spammers "
                "passen hun woorden aan en al snel schrijf je honderden regels die nog steeds "
                "dingen missen.",
            ),
            (
                "p",
                "Machine learning kiest een andere route. Je verzamelt veel e-mails die mensen "
                "al als spam of geen spam hebben gemarkeerd. Die verzameling heet de "
                "<strong>trainingsdata</strong>. Een leeralgoritme bestudeert ze en bouwt een "
                "<strong>model</strong>: een compacte wiskundige samenvatting van de patronen "
                "die de twee groepen van elkaar scheiden.",
            ),
            (
                "illustration",
                "📨📨📨 → ⚙️ → 📦",
                "Veel gelabelde e-mails gaan een leeralgoritme in, dat een model oplevert.",
                "Trainen: voorbeelden erin, model eruit.",
            ),
            ("h2", "Trainen en voorspellen"),
            (
                "p",
                "Leren gebeurt in twee fasen. Tijdens het <strong>trainen</strong> doet het "
                "model gokken over de voorbeelden, vergelijkt ze met de juiste labels en past "
                "zichzelf na elke fout een klein beetje aan. Na veel rondes worden de gokken "
                "goed. Dan volgt het <strong>voorspellen</strong> (ook inferentie genoemd): "
                "het afgewerkte model krijgt een nieuwe e-mail die het nooit eerder zag en "
                "zegt hoe waarschijnlijk het spam is.",
            ),
            (
                "p",
                "Merk op dat niemand de regel „links naar onbekende websites zijn verdacht” "
                "heeft geschreven. Het model kan zoiets zelf ontdekken, omdat het patroon "
                "steeds opnieuw in de voorbeelden voorkomt.",
            ),
            (
                "callout",
                "tip",
                "Onthoud het recept",
                "Voorbeelden + een leeralgoritme = een model. Een model + nieuwe invoer = een "
                "voorspelling.",
            ),
            ("h2", "Waarom voorbeelden zo belangrijk zijn"),
            (
                "p",
                "Een model kan alleen leren wat de voorbeelden laten zien. Als elke spammail "
                "in de trainingsdata Engels is, laat het filter Nederlandse spam misschien "
                "gewoon door. Zijn de voorbeelden verkeerd gelabeld, dan leert het model die "
                "fouten trouw mee. Daarom besteden mensen die AI bouwen veel tijd aan het "
                "verzamelen, opschonen en controleren van data, het onderwerp van de volgende "
                "les.",
            ),
            (
                "think",
                "Een vriendin traint een model om rijpe bananen te herkennen met foto's die "
                "alleen in fel zonlicht zijn gemaakt. Wat kan er misgaan in een schemerige "
                "keuken?",
                "Het model zag nooit bananen in weinig licht, dus de kleuren zien er anders "
                "uit dan alles wat het leerde.",
            ),
            (
                "fact",
                "Veel spamfilters blijven leren nadat ze in gebruik zijn genomen: telkens als "
                "jij een bericht als spam markeert, voeg je een nieuw gelabeld voorbeeld toe.",
            ),
            ("h2", "Test jezelf"),
            (
                "quiz",
                "Wat is trainingsdata?",
                [
                    "De voorbeelden waarvan een model leert",
                    "De regels die een programmeur met de hand intypt",
                    "De antwoorden die het model op nieuwe vragen geeft",
                ],
                1,
                "Trainingsdata is de verzameling voorbeelden, vaak met juiste labels, die het "
                "leeralgoritme bestudeert om het model te bouwen.",
            ),
            (
                "quiz",
                "Een getraind spamfilter krijgt een gloednieuwe e-mail. Wat doet het?",
                [
                    "Trainen",
                    "Een voorspelling doen",
                    "Nieuwe regels schrijven voor de programmeur",
                ],
                2,
                "Een afgewerkt model gebruiken op nieuwe invoer heet voorspellen of "
                "inferentie. Trainen is de eerdere fase waarin het model van voorbeelden "
                "leerde.",
            ),
        ],
    },
    {
        "title": "Data: de brandstof van AI",
        "description": "Wat data is, waarom labels ertoe doen en hoe gaten en vooroordelen in "
        "data fouten in AI worden.",
        "body": [
            ("h2", "Alles begint met data"),
            (
                "p",
                "Data is vastgelegde informatie: getallen in een spreadsheet, foto's, "
                "geluidsopnamen, zinnen, klikken op een website, metingen van een thermometer. "
                "Voor AI speelt data de rol die ervaring voor mensen speelt. Een model weet "
                "niets over de wereld behalve wat de data het laat zien.",
            ),
            (
                "p",
                "Data is vaak <strong>gelabeld</strong>: elk voorbeeld heeft het antwoord dat "
                "het model moet leren. Deze foto toont een kat, deze recensie is positief, dit "
                "huis werd voor deze prijs verkocht. Labels worden meestal door mensen "
                "toegevoegd, wat ze traag en duur maakt, en soms fout.",
            ),
            (
                "illustration",
                "🖼️ + 🏷️ = ✅",
                "Een afbeelding plus het label vormen samen één trainingsvoorbeeld.",
                "Een gelabeld voorbeeld: de invoer en het antwoord dat we willen.",
            ),
            ("h2", "Rommel erin, rommel eruit"),
            (
                "p",
                "Informatici hebben een oud gezegde: garbage in, garbage out. Een model dat "
                "getraind is op rommelige, verouderde of verkeerd gelabelde data maakt "
                "rommelige, verouderde of foute voorspellingen, en doet dat vol vertrouwen. "
                "Goede data is:",
            ),
            (
                "ul",
                [
                    "<strong>Relevant</strong>: ze past bij de taak die het model krijgt.",
                    "<strong>Juist</strong>: labels en waarden kloppen.",
                    "<strong>Gevarieerd</strong>: ze dekt de verschillende situaties en "
                    "mensen die het model zal tegenkomen.",
                    "<strong>Recent genoeg</strong>: de wereld die ze beschrijft bestaat nog.",
                ],
            ),
            ("h2", "Als data scheef is"),
            (
                "p",
                "Stel dat een bedrijf een model traint om sollicitaties te sorteren op basis "
                "van de eigen aanwervingsgeschiedenis. Als die geschiedenis één groep mensen "
                "bevoordeelde, leert het model die groep ook te bevoordelen, zelfs als "
                "niemand dat wilde. Dat heet <strong>bias</strong> of vooringenomenheid. De "
                "computer is niet bewust oneerlijk; het model kopieert een patroon dat in de "
                "data verstopt zat.",
            ),
            (
                "callout",
                "warning",
                "Wie ontbreekt, wordt slechter geholpen",
                "Spraakherkenning die vooral op een paar accenten is getraind, maakt meer "
                "fouten bij andere accenten. Wie niet in de data zit, krijgt slechtere "
                "resultaten.",
            ),
            (
                "think",
                "Als je een app bouwt die planten herkent, welke foto's heb je dan nodig zodat "
                "hij voor iedereen werkt?",
                "Denk aan seizoenen, licht, telefooncamera's, landen en planten van "
                "verschillende leeftijden.",
            ),
            (
                "fact",
                "De ImageNet-verzameling, die de moderne beeldherkenning mee op gang bracht, "
                "bevat meer dan veertien miljoen afbeeldingen die door mensen zijn gelabeld.",
            ),
            ("h2", "Test jezelf"),
            (
                "quiz",
                "Wat is een label in een trainingsvoorbeeld?",
                [
                    "De bestandsnaam van het voorbeeld",
                    "Het antwoord dat het model voor dat voorbeeld moet leren",
                    "Een waarschuwing dat de data privé is",
                ],
                2,
                "Een label is het juiste antwoord bij een voorbeeld, zoals „kat” bij een foto "
                "van een kat. Het model leert zulke antwoorden te geven voor nieuwe invoer.",
            ),
            (
                "quiz",
                "Een model dat op de data van één groep is getraind, werkt slecht voor een "
                "andere groep. Wat is de waarschijnlijkste oorzaak?",
                [
                    "De computer is te traag",
                    "De tweede groep gebruikt de app verkeerd",
                    "De trainingsdata gaf de tweede groep niet goed weer",
                ],
                3,
                "Een model leert alleen van wat het ziet. Als een groep ontbreekt of zeldzaam "
                "is in de trainingsdata, zijn de voorspellingen voor die groep meestal "
                "slechter.",
            ),
        ],
    },
    {
        "title": "Neurale netwerken zonder wiskunde",
        "description": "Neuronen, lagen en gewichten uitgelegd met een eenvoudig beeld, en "
        "waarom „deep” learning diep heet.",
        "body": [
            ("h2", "Kleine rekenmachientjes die samenwerken"),
            (
                "p",
                "Veel van de krachtigste AI-systemen van nu zijn gebouwd uit <strong>neurale "
                "netwerken</strong>. De naam komt van een losse vergelijking met de hersenen, "
                "maar een kunstmatig neuron is veel eenvoudiger dan een echt. Het is een "
                "klein rekenmachientje: het krijgt een paar getallen binnen, geeft elk getal "
                "een belang dat we een <strong>gewicht</strong> noemen, telt alles op en geeft "
                "één getal door.",
            ),
            (
                "p",
                "Eén neuron kan weinig. De kracht ontstaat door duizenden of miljoenen ervan "
                "in <strong>lagen</strong> te verbinden. De eerste laag krijgt de ruwe "
                "invoer, zoals de helderheid van elke pixel van een foto. Middelste lagen, "
                "vaak verborgen lagen genoemd, combineren die getallen tot nuttigere "
                "signalen. De laatste laag geeft het antwoord.",
            ),
            (
                "illustration",
                "🔢 → ⚪⚪⚪ → ⚪⚪ → 🏷️",
                "Getallen stromen van een invoerlaag door verborgen lagen naar een label.",
                "Invoerlaag, verborgen lagen, uitvoerlaag.",
            ),
            ("h2", "Van randen tot gezichten"),
            (
                "p",
                "Onderzoekers zagen dat de eerste lagen van een beeldnetwerk vaak reageren op "
                "eenvoudige dingen zoals randen en kleurvlakken. Latere lagen reageren op "
                "combinaties daarvan, zoals ogen of wielen, en de laatste lagen op hele "
                "voorwerpen. Niemand programmeert die stappen met de hand; ze ontstaan "
                "tijdens het trainen.",
            ),
            (
                "p",
                "Een netwerk met veel verborgen lagen heet <strong>diep</strong>, en daar komt "
                "de term <em>deep learning</em> vandaan.",
            ),
            ("h2", "Hoe een netwerk leert"),
            (
                "p",
                "In het begin zijn de gewichten willekeurig, dus de antwoorden van het netwerk "
                "slaan nergens op. Tijdens het trainen bekijkt het een voorbeeld, meet hoe ver "
                "het antwoord van het juiste label af zit en duwt dan elk gewicht een klein "
                "beetje in de richting die de fout kleiner had gemaakt. Herhaal dat miljoenen "
                "keren en de gewichten komen uit op waarden die werken. De methode om die "
                "duwtjes te berekenen heet <strong>backpropagation</strong>.",
            ),
            (
                "callout",
                "info",
                "Leren is gewichten bijstellen",
                "Alles wat een neuraal netwerk „weet”, zit in zijn gewichten. Trainen is "
                "gewoon zoeken naar goede waarden voor die gewichten.",
            ),
            (
                "think",
                "Waarom heeft een netwerk met miljoenen gewichten waarschijnlijk heel veel "
                "trainingsvoorbeelden nodig?",
                "Elk voorbeeld verschuift de gewichten maar een klein beetje, en er zijn veel "
                "gewichten om juist te krijgen.",
            ),
            (
                "fact",
                "Het idee van een kunstmatig neuron dateert al van 1943, lang voordat "
                "computers krachtig genoeg waren om grote netwerken te trainen.",
            ),
            ("h2", "Test jezelf"),
            (
                "quiz",
                "Wat doet één kunstmatig neuron?",
                [
                    "Het weegt zijn invoergetallen, telt ze op en geeft een getal door",
                    "Het bewaart één volledige foto",
                    "Het begrijpt in zijn eentje een hele zin",
                ],
                1,
                "Een kunstmatig neuron is een kleine berekening: gewogen invoer wordt "
                "opgeteld en omgezet in één uitvoergetal voor de volgende laag.",
            ),
            (
                "quiz",
                "Wat verandert er in een neuraal netwerk terwijl het wordt getraind?",
                [
                    "Het aantal lagen groeit elke dag",
                    "De gewichten worden bijgesteld om fouten te verkleinen",
                    "De trainingsvoorbeelden worden herschreven",
                ],
                2,
                "Trainen verschuift de gewichten keer op keer, zodat de antwoorden van het "
                "netwerk dichter bij de juiste labels komen.",
            ),
        ],
    },
    {
        "title": "Generatieve AI en chatbots",
        "description": "Hoe chatbots tekst maken door het volgende woord te voorspellen, waar "
        "ze goed in zijn en waarom ze soms dingen verzinnen.",
        "body": [
            ("h2", "Modellen die iets maken"),
            (
                "p",
                "De AI uit de vorige lessen sorteerde of labelde vooral dingen. "
                "<strong>Generatieve AI</strong> maakt iets nieuws: een alinea, een "
                "afbeelding, een melodie of een stuk code. Chatbots zijn het bekendste "
                "voorbeeld. Ze draaien op <strong>grote taalmodellen</strong> (LLM's), "
                "neurale netwerken die op enorme hoeveelheden tekst zijn getraind.",
            ),
            ("h2", "Woord voor woord"),
            (
                "p",
                "In de kern doet een taalmodel één ding: bij een stuk tekst voorspelt het wat "
                "er waarschijnlijk volgt. Strikt genomen werkt het met <strong>tokens</strong>, "
                "hele woorden of stukjes van woorden. Om een antwoord te schrijven voorspelt "
                "het een token, voegt het toe aan de tekst en voorspelt opnieuw, steeds weer, "
                "tot het antwoord af is.",
            ),
            (
                "illustration",
                "„De lucht is” → 🤖 → „blauw”",
                "Een model leest het begin van een zin en voorspelt het volgende woord.",
                "Tekst maken is herhaald het volgende woord voorspellen.",
            ),
            (
                "p",
                "Omdat het model zoveel menselijke tekst heeft gezien, kunnen de "
                "voorspellingen verrassend vlot zijn. Het kan een lang artikel samenvatten, "
                "een vriendelijkere formulering voor een e-mail voorstellen, een idee op "
                "verschillende niveaus uitleggen of tussen talen vertalen.",
            ),
            ("h2", "Vlot is niet hetzelfde als waar"),
            (
                "p",
                "Een taalmodel mikt op tekst die waarschijnlijk klinkt, niet op tekst die is "
                "gecontroleerd. Soms komt het met zelfverzekerde beweringen die gewoon fout "
                "zijn, zoals een boek dat niet bestaat of een jaartal dat jaren ernaast zit. "
                "Zulke fouten heten vaak <strong>hallucinaties</strong>. Een chatbot weet "
                "bovendien niets over gebeurtenissen van na het verzamelen van de "
                "trainingsdata, tenzij hij met een zoekfunctie is verbonden.",
            ),
            (
                "callout",
                "tip",
                "Vraag goed, controleer daarna",
                "Zeg voor wie het antwoord is, geef context en een voorbeeld van wat je wilt. "
                "Controleer alles wat belangrijk is, zoals gezondheid, geld of recht, bij een "
                "betrouwbare bron.",
            ),
            (
                "think",
                "Wanneer is een fout maar zelfverzekerd antwoord van een chatbot onschuldig, "
                "en wanneer kan het echt problemen geven?",
                "Vergelijk namen bedenken voor een huisdier met de dosis van een medicijn "
                "nakijken.",
            ),
            (
                "fact",
                "Beeldgeneratoren werken anders dan chatbots: veel ervan beginnen met "
                "willekeurige ruis en halen die stap voor stap weg tot er een afbeelding "
                "verschijnt.",
            ),
            ("h2", "Test jezelf"),
            (
                "quiz",
                "Wat doet een groot taalmodel als het een antwoord schrijft?",
                [
                    "Het zoekt het antwoord op in één vaste database met feiten",
                    "Het voorspelt steeds het volgende waarschijnlijke stukje tekst",
                    "Het kopieert een antwoord dat vooraf door een mens is geschreven",
                ],
                2,
                "Een taalmodel maakt een antwoord token voor token, en voorspelt telkens wat "
                "het waarschijnlijkst volgt op de tekst tot dan toe.",
            ),
            (
                "quiz",
                "Een chatbot geeft je een boektitel en auteur als bron. Wat is de verstandige "
                "volgende stap?",
                [
                    "Controleren of het boek echt bestaat voordat je erop vertrouwt",
                    "Erop vertrouwen, want chatbots maken geen fouten",
                    "De chatbot vragen of hij het zeker weet en dat antwoord aannemen",
                ],
                1,
                "Chatbots kunnen overtuigende bronnen verzinnen. Alleen opzoeken in een "
                "bibliotheekcatalogus of zoekmachine geeft zekerheid.",
            ),
        ],
    },
    {
        "title": "AI verstandig en eerlijk gebruiken",
        "description": "Privacy, eerlijkheid, menselijk toezicht en een eenvoudige checklist "
        "om AI-tools goed te gebruiken, plus waar je verder kunt.",
        "body": [
            ("h2", "Een krachtig hulpmiddel vraagt goede gewoonten"),
            (
                "p",
                "Je weet nu dat AI patronen leert uit data, dat het heel nuttig kan zijn en "
                "dat het fout kan zitten op manieren die overtuigend lijken. Deze laatste les "
                "maakt van die kennis gewoonten die je elke dag kunt gebruiken, of je nu met "
                "een assistent praat of in het nieuws over een nieuw AI-product leest.",
            ),
            ("h2", "Bescherm je privacy"),
            (
                "p",
                "Wat je in een online AI-tool typt, gaat meestal naar het bedrijf dat de tool "
                "beheert, en kan worden bewaard of gebruikt om hun modellen te verbeteren. "
                "Lees de instellingen en het privacybeleid, en plak als regel geen "
                "wachtwoorden, medische gegevens, persoonsgegevens van anderen of "
                "vertrouwelijke werkdocumenten in zo'n tool.",
            ),
            ("h2", "Let op eerlijkheid"),
            (
                "p",
                "Zoals je in de les over data zag, kan een model groepen mensen verschillend "
                "behandelen door patronen in de trainingsdata. Als AI meebeslist wie een "
                "lening, een sollicitatiegesprek of een extra controle aan de grens krijgt, "
                "raken die verschillen levens. Eerlijke systemen worden op veel groepen "
                "getest, open uitgelegd en kunnen worden aangevochten door de mensen om wie "
                "het gaat.",
            ),
            ("h2", "Houd een mens in de lus"),
            (
                "p",
                "AI werkt het best als assistent, niet als laatste rechter. Belangrijke "
                "beslissingen horen te worden nagekeken door iemand die de situatie begrijpt "
                "en verantwoordelijkheid kan nemen. Veel landen maken hier wetten voor; de "
                "AI-verordening van de Europese Unie legt bijvoorbeeld strengere plichten op "
                "voor AI in gebieden met een hoog risico.",
            ),
            (
                "callout",
                "tip",
                "Een checklist met vier vragen",
                "Vraag je af voordat je op een AI-antwoord vertrouwt: Waar kan dit fout zijn? "
                "Wie kan schade lijden als het fout is? Welke persoonlijke gegevens deel ik? "
                "Wie controleert het resultaat?",
            ),
            (
                "think",
                "Bedenk één taak in je leven waarbij je AI graag laat helpen, en één waarbij "
                "je dat niet zou doen. Wat maakt het verschil?",
                "Denk na over hoe erg een fout zou zijn, en of je die zou opmerken.",
            ),
            ("h2", "Hoe verder"),
            (
                "p",
                "Gefeliciteerd, je bent aan het eind van AI Seeds! Je kunt uitleggen wat AI "
                "is, hoe het leert, waarom data ertoe doet, hoe chatbots werken en hoe je ze "
                "verantwoord gebruikt. Ben je er klaar voor, dan bouwt AI Sprouts op deze "
                "ideeën verder met meer praktische opdrachten.",
            ),
            ("h2", "Test jezelf"),
            (
                "quiz",
                "Wat kun je het veiligst in een openbare AI-chatbot plakken?",
                [
                    "Je bankwachtwoord, zodat hij de sterkte kan controleren",
                    "Het medische verslag van een collega",
                    "Een alinea uit je eigen vakantieblog die je wilt inkorten",
                ],
                3,
                "Je eigen, niet-gevoelige tekst kun je gerust delen. Wachtwoorden en privé-"
                "informatie van anderen horen nooit in een online tool.",
            ),
            (
                "quiz",
                "Een AI-systeem helpt beslissen wie een lening krijgt. Wat maakt het gebruik "
                "verantwoordelijker?",
                [
                    "Niemand wordt verteld dat er AI bij betrokken is",
                    "Mensen kijken de beslissingen na en aanvragers kunnen bezwaar maken",
                    "Het wordt nooit getest, om tijd te sparen",
                ],
                2,
                "Menselijke controle, openheid en het recht om een beslissing aan te vechten "
                "zijn belangrijke waarborgen als AI het leven van mensen raakt.",
            ),
        ],
    },
]

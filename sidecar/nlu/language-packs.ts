import type { Language } from './language.js';

/**
 * Per-language word lists the NLU's decisions read, one pack per language the NLU serves: adding a
 * language without its pack does not compile. Words are folded (lower case, no accents), as
 * `common/language` `words()` returns them.
 */
export interface LanguagePack {
  /**
   * Words that frame a product search without asking anything else: "do you have", "looking for",
   * "under", "size". A message made of these and catalog words is a search ("do you have rain jackets?").
   */
  searchFrame: ReadonlySet<string>;
  /**
   * Words of a shop's business — orders, delivery, returns, money, accounts, products, people to talk
   * to. A question with none of them, no catalog word and no entity is out of scope ("where was John
   * Denver born").
   */
  domain: ReadonlySet<string>;
  /**
   * How questions about the world start ("who won…", "when did…", "where was … born", "how far…", "tell
   * me a joke"): with no shop word in them they are out of scope, however sure the classifier is.
   * Reads folded text.
   */
  worldQuestion: RegExp;
  /**
   * Topics a shop never handles, whatever words of its catalog they use: the weather, translation,
   * films, songs and recipes, sports and news, sums, the customer's own devices ("how do I fix my wifi
   * router", "how much ram does my computer have") and goods bought elsewhere ("my laptop from another
   * store won't turn on"). Out of scope unless the message names an order, a product or a shop matter
   * (`SHOP_MATTER` in understand.ts). Reads folded text.
   */
  offTopic: RegExp;
  /**
   * Food and drink a shop of goods does not sell ("pizza", "croissants", "tomates"): a message that asks
   * for one and names nothing of the store's catalog is off topic ("do you have fresh salmon?"). A store
   * whose catalog has the word (a grocer's) keeps it a search: the catalog vocabulary decides first.
   */
  groceries: ReadonlySet<string>;
  /**
   * Words of greetings, thanks, goodbyes, yes and no ("yo", "cheers", "appreciated", "nope", "à plus"):
   * a short message with one of them is a move of the conversation, never a search by keywords.
   */
  social: ReadonlySet<string>;
  /**
   * Matters of a customer's life that no shop handles, one pattern per kind (`LifeTopic`), so that a
   * language without one does not compile: health, work, housing, money, sport, travel, paperwork,
   * school, cooking and gardening, news, chat about the assistant, other companies' services, chores and
   * repairs at home, outings and entertainment, one's feelings and relationships, directions. Out of scope
   * unless the message names a shop matter (`SHOP_MATTER`) or, besides the matched words, a word of the
   * store's catalog ("une veste pour mes vacances au Japon" is a search). Reads folded text.
   */
  lifeTopics: Readonly<Record<LifeTopic, RegExp>>;
}

/** Kinds of life matters a shop never handles (`LanguagePack.lifeTopics`). */
export const LIFE_TOPICS = [
  'health',
  'work',
  'housing',
  'money',
  'sport',
  'travel',
  'paperwork',
  'school',
  'cooking',
  'news',
  'chat',
  'services',
  'home',
  'leisure',
  'personal',
] as const;
export type LifeTopic = (typeof LIFE_TOPICS)[number];

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

export const LANGUAGE_PACKS: Readonly<Record<Language, LanguagePack>> = {
  en: {
    searchFrame: words(`
      do does you u ya guys have hav got carry sell any some anything a an the of and or in for with without
      i im am looking look search searching need want wanna would like show me find get buy please pls plz
      under below less than over above around about between max up to cheap cheaper budget affordable
      size sizes color colour colours colors men mens women womens kids kid boys girls unisex new
      hi hello hey is are there what kind kinds types sort`),
    domain: words(`
      order orders ordered ordering purchase purchased bought buy buying sell sells selling sold package parcel delivery deliver delivered
      shipping ship shipped shipment courier tracking track arrive arrived arrival dispatch
      refund refunded money charge charged return returned returning exchange swap cancel cancelled cancellation
      price prices cost costs discount coupon voucher code promo sale deal deals offer cheaper expensive pay paid payment
      stock available availability restock size sizes fit color colour product products item items model brand
      account password login log sign email address profile card invoice receipt subscription newsletter
      store shop website site checkout cart basket warranty guarantee policy policies
      agent human person representative manager someone staff support service complaint complain
      battery material waterproof compatible weight dimensions recommend gift compare difference better best
      wholesale bulk quote business data privacy gdpr
      street avenue ave road lane drive boulevard blvd apt apartment suite zip postcode`),
    worldQuestion:
      /^(?:(?:hey|hi|ok|so),? )?(?:who (?:is|was|were|won|wrote|invented|made|discovered|painted|sang|directed|plays|played|owns|founded|killed)\b|when (?:did|was|were)\b|what year\b|how (?:far|tall|old|big|high|deep|long ago)\b|where (?:was|were|is|are) (?:\S+ ){1,3}(?:born|located|buried|from)\b|what(?:'s| is| are) (?:the )?(?:capital|population|weather|temperature|meaning|speed|square root|distance|time in|exchange rate)\b|how (?:much|many) (?:ram|memory|storage|calories|people)\b|how do (?:i|you) (?:cook|bake|fix|update|learn|install|get rid)\b|tell me a (?:joke|story)|(?:write|compose) (?:me )?an? (?:poem|story|song|essay|letter|cover letter)\b|(?:what(?:'s|s| is| are) )?(?:the )?(?:main )?differences? between\b|(?:what(?:'s|s| is) )?(?:the )?best (?:way|time|age|place|places|city|country|school|diet|exercise|exercises|thing|things) (?:of (?:the )?(?:year|day|week) )?(?:to|for)\b|(?:(?:what|which)(?:'s|s| is| are) )?(?:the )?(?:best|good|nice|cheap|top) (?:\S+ ){0,2}(?:places?|spots?|restaurants?|bars?|cafes?|hotels?|beach(?:es)?|universit(?:y|ies)|schools?|colleges?|cit(?:y|ies)|countr(?:y|ies)|teams?|players?) (?:in|near|around|to|of|ever)\b|(?:is|are) (?:an? )?\S+ (?:an? )?(?:fruit|vegetable|animal|mammal|reptile|planet|country)s?\b|how (?:long|many minutes) (?:do|does|should|to|for)\b)/,
    offTopic:
      /^["'“]?[\w' -]{1,30}["'”]? in (?:german|spanish|italian|japanese|chinese|portuguese|arabic|russian|dutch|korean|french)\b|\b(?:i'?m (?:so |really )?(?:hungry|starving|thirsty)|(?:phone|data|mobile|cell) plan|(?:sales|opening hours|store hours) (?:at|of) (?:walmart|target|costco|best buy|ikea|tesco|aldi|lidl|argos)|(?:order|call|get|book)(?: me| us)? (?:an? |some )?(?:taxi|uber|lyft|cab|pizza|takeaway|takeout|chinese food|food delivery)\b|translat\w* (?:\S+ ){0,6}(?:in|into|to) (?:english|french|german|spanish|italian|japanese|chinese|portuguese|arabic|russian|dutch|korean)|how (?:would|do|can) (?:you|i|we) (?:say|spell|pronounce|write)\b[^.?!]{0,40}\bin (?:english|french|german|spanish|italian|japanese|chinese|portuguese|arabic|russian|dutch|korean)|how (?:would|do|can) (?:you|i|we) say|(?:call|dial|ring) (?:911|999|112|an ambulance|the police|the fire (?:brigade|department))|uber ?eats|deliveroo|just ?eat|doordash|grubhub|mcdonald'?s|burger king|\bkfc|recipes? (?:for|to make|with)|what(?:'s| is) (?:\S+ ){1,4}in (?:german|spanish|italian|japanese|chinese|portuguese|arabic|russian|dutch|korean)\b|(?:will|is) it (?:going to |gonna )?(?:be )?(?:rain\w*|snow\w*|sunny|cold|hot|warm|windy|cloudy|freezing) (?:today|tomorrow|tonight|this (?:week|weekend|afternoon|evening)|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|next week)|emergency (?:number|services|line)|(?:call|number (?:for|of)) (?:an? |the )?(?:ambulance|police|fire (?:brigade|department)|poison control)|suicide (?:hotline|line)|(?:what should|what can|what could) (?:i|we) (?:cook|make|eat|have) for (?:dinner|lunch|breakfast)|calories (?:in|are in)|(?:good|best|cheap|nice) (?:\S+ )?(?:dentist|doctor|plumber|lawyer|mechanic|hairdresser|barber|vet|babysitter|electrician)s?\b|(?:what(?:'s| is| will be)|how(?:'s| is)) the weather|weather (?:today|tomorrow|tonight|this week(?:end)?|forecast|like (?:today|tomorrow|in)|in [a-z]+ (?:today|tomorrow))|forecast (?:for|today|tomorrow)|(?:will|is) it (?:going to |gonna )?(?:rain|snow)|translate (?:this|that|it|\S+ (?:in|into|to) )|how do you say|(?:good|best|funny|scary|new) (?:movies?|films?|tv shows?|shows?|series|songs?|albums?|restaurants?|recipes?|podcasts?)|(?:recommend|suggest)\w* (?:me )?(?:a |an |some )?(?:good )?(?:movies?|films?|tv shows?|series|songs?|music|restaurants?|recipes?|podcasts?|places to eat)|(?:movie|film|song|music|recipe|restaurant|podcast) (?:recommendations?|suggestions?|ideas?)|super ?bowl|world cup|who (?:won|will win|is winning)|score of the|stock market|netflix|spotify|youtube|disney\+?|hbo|twitch|tiktok|instagram|bitcoin|crypto|election|prime minister|homework|essay|math problem|solve (?:this|for)|(?:what(?:'s| is)|how much is|calculate) \d+ ?(?:[+*x/-]|plus|minus|times|divided by) ?\d+|tell me a joke|poem|horoscope|(?:virus|malware|software|app|windows|update) (?:on|from|off) my (?:computer|pc|mac|laptop|phone|iphone|tablet)|my (?:own )?(?:computer|pc|mac|macbook|wi-?fi|router|modem|printer|tv|television|phone|iphone|android|windows|operating system)\b[^.?!]{0,40}\b(?:ram|memory|storage|virus|malware|install|update|set ?up|configure|speed up|connect to (?:the )?(?:internet|wi-?fi))|how (?:much|many) (?:ram|memory|storage|gb|space) (?:\S+ ){0,3}my|how (?:do|can|should) i (?:fix|repair|set ?up|configure|speed up|install|update|uninstall|jailbreak|root|factory reset) my|(?:from|at|in) (?:another|a different|some other|an other) (?:store|shop|website|site|retailer)|(?:bought|got|purchased) (?:it |them |this |that )?(?:elsewhere|somewhere else|on amazon|at walmart|at costco|at best buy|from amazon)|not (?:bought|purchased|ordered) (?:from|here|with) you|(?:tallest|highest|biggest|largest|longest|deepest|oldest|richest|fastest|smallest|most populated|most famous) (?:\S+ ){0,3}(?:in|on|of) (?:the )?(?:world|earth|planet|universe|country)|(?:richest|tallest|oldest|smartest) (?:person|man|woman|people) (?:alive|ever|in history)|names? (?:\S+ ){0,2}for (?:my|our|a) (?:new )?(?:dog|cat|puppy|kitten|pet|baby|son|daughter|band|boat|podcast|startup|business|company)|(?:book|reserve) (?:me |us )?(?:a |an )?(?:table|flight|hotel|room|train|taxi|uber|cab|ticket|tickets|restaurant)|(?:find|get) (?:me |us )?(?:a |an )?(?:hotel|flight|taxi|uber|cab|restaurant|table) (?:in|for|at|to|tonight)|what does (?:the word )?\S+ mean|meaning of (?:the word|life)|define (?:the word )?\S+$|(?:do|does) (?:aliens|god|ghosts|unicorns|bigfoot) (?:really )?exist|is (?:god|santa|bigfoot) real|politics|political|religion|(?:cure|treat|get rid of) (?:a |my )?(?:cold|flu|headache|fever|cough|hangover)|symptoms of|explain (?:to me )?(?:quantum|relativity|physics|chemistry|philosophy|black holes|the big bang|evolution|how (?:the )?(?:internet|economy|stock market) works)|write (?:me )?(?:an? )?(?:email|letter|message|speech|toast|cv|resume) (?:to|for) (?:my )?(?:boss|teacher|landlord|manager|colleague|friend|mom|mum|dad|wife|husband|job|wedding)|my (?:wi-?fi|router|internet|printer) (?:\S+ ){0,3}(?:not working|doesn't work|does not work|won't|stopped|keeps|is down|is slow)|what time is it|time zone|(?<!power )\bbank account|(?<!power )\b(?:best|switch|switch(?:ing)?|open(?:ing)?|online) banks?\b|transfer money|mortgage|credit score|(?:train|plane|bus|coach|ferry) tickets?|(?:last|next|first) (?:train|bus|tube|subway)|flight to|apartment|holiday rental|vacation rental|my landlord|my (?:back|head|stomach|tooth|knee|throat) (?:hurts|aches|is killing me)|(?:i've|i have|i've had|i had) (?:had )?a (?:fever|cold|flu|headache|migraine)|see a doctor|lose weight|quit smoking|can'?t sleep|feeling (?:sad|depressed|lonely|anxious)|my (?:car|motorbike|motorcycle|scooter|moped) (?:won'?t|doesn'?t|isn'?t|is making|makes|keeps|broke)|flat tyre|flat tire|mechanic|(?:are you|you guys|are u) hiring|job openings?|internship|write a cv|write my cv|minimum wage|(?:how much does|what does) an? \S+ (?:earn|make)|phone (?:bill|plan|carrier|contract)|internet provider|broadband provider|electricity supplier|energy supplier|(?:do|can) you speak (?:spanish|german|italian|chinese|arabic|japanese|portuguese|russian|dutch|korean))\b/,
    groceries: words(`
      pizza pizzas pepperoni burger burgers hamburger sandwich sandwiches sushi tuna chicken beef pork steak bacon
      ham sausage sausages eggs milk cheese butter bread baguette croissant croissants bagel bagels pancakes
      pancake waffles cake cakes cupcakes cookies biscuits candy sweets bananas banana tomatoes potatoes carrots
      onions garlic lettuce rice pasta spaghetti noodles flour sugar cereal yogurt yoghurt jam soup fries kebab
      tacos burrito vegetables veggies fruit fruits groceries grocery avocado avocados strawberries grapes lemons
      beer wine vodka whisky cocktail cocktails takeaway takeout pizzeria restaurant restaurants bakery`),
    lifeTopics: {
      health:
        /\b(?:medicine|medication|meds|ibuprofen|tylenol|advil|aspirin|paracetamol|antibiotics?|prescription|sore throat|headache|migraine|fever|the flu|covid|symptoms?|(?:a|my|the|see a|call a) (?:doctor|dentist|gp|pediatrician)|dentist appointment|doctor'?s appointment|pregnan\w*|vaccin\w*|allerg(?:y|ic) to (?:peanuts|pollen|cats|dogs)|(?:my|our|the) (?:dog|cat|puppy|kitten) (?:\S+ ){0,3}(?:ate|eaten|vomit\w*|is sick|throwing up|limping)|(?:the|a) vet\b|is it safe to take|blood pressure|diabetes|(?:lose|losing) weight)\b/,
      work: /\b(?:(?:looking for|find|need|want|get) (?:a |some )?(?:new )?(?:job|work|internship|employment|gig)\b|(?:are you|you guys|u) hiring|job (?:openings?|application|interview|offers?|vacanc\w*)|apply(?:ing)? for (?:a |the )?(?:job|position|role)|unemployment|quit my job|(?:got|get|getting) fired|(?:my|a) (?:salary|paycheck|raise)|minimum wage|cover letter|linkedin)\b/,
      housing:
        /\b(?:apartments?|flats? (?:for rent|to rent|in|near)|(?:\d|one|two|three|four) ?-?bed(?:room)?s? (?:flat|apartment|house|place|for rent)|for rent\b|to rent (?:in|near)|rental (?:in|near)|landlord|roommate|real estate|realtor|mortgage|buy a (?:house|home|condo)|house for sale|homes? for sale|security deposit|my lease)\b/,
      money:
        /\b(?:bitcoin|crypto\w*|ethereum|dogecoin|nft|stock (?:price|market|tips)|stocks to buy|share price|(?:tesla|apple|amazon|google|nvidia|microsoft) (?:stock|shares)(?: prices?)?|invest(?:ing|ment)? (?:in|my)|return on investment|\broi\b|interest rates?|savings account|401k|retirement (?:plan|fund|savings)|file (?:my )?taxes|tax return|\birs\b|(?:a|my|student|car|personal) loan|credit card debt|(?:make|making|earn) (?:some )?(?:money|cash) (?:fast|quick|quickly|online|from home)|get rich|(?:price|cost) of (?:gas|gasoline|petrol|diesel|gold|silver|oil|eggs|bread|milk|houses|a house|rent|stamps?|cigarettes|electricity|a stamp)|(?:gas|gold|oil|egg|house|housing) prices?|(?:car|home|health|life|travel|renters?) insurance|my bank (?:account|card) (?:is |was |got )?(?:blocked|frozen|locked|hacked))\b/,
      sport:
        /\b(?:lakers|yankees|cowboys|patriots|chiefs|eagles|warriors|celtics|knicks|man utd|manchester (?:united|city)|arsenal|chelsea|liverpool fc|real madrid|barcelona fc|fc barcelona|\bnba\b|\bnfl\b|\bmlb\b|\bnhl\b|super bowl|world cup|premier league|champions league|olympics|score of the|(?:did|who) (?:the )?\S+ (?:win|lose|won|lost) (?:last night|yesterday|today|tonight|the game|the match|the final)|(?:won|lost|win|lose) (?:last night|the game|the match|the final)|game last night|the game tonight|who (?:will|is going to) win)\b/,
      travel:
        /\b(?:flights? (?:to|from)|plane tickets?|airline|airport|(?:book|find|cheap|a) hotels?|airbnb|visa for|passport|vacation (?:in|to)|holiday (?:in|to)|trip to (?!the store)[a-z]+ (?:in|next|this)|visit(?:ing)? (?:japan|paris|italy|europe|london|new york|rome|spain|greece|mexico|thailand)|best time to (?:visit|go to|travel)|things to (?:do|see) in|what to see in|train (?:times|schedule) to)\b/,
      paperwork:
        /\b(?:driver'?s licen[cs]e|\bdmv\b|social security|where (?:do|can|should) i vote|voting|polling (?:place|station)|register to vote|green card|citizenship|immigration|divorce|child custody|alimony|(?:a |my )?will and testament|inheritance|jury duty|birth certificate|unemployment benefits|food stamps)\b/,
      school:
        /\b(?:homework|my essay|assignment for (?:school|class)|equation|solve (?:for )?x|solve \d\S*|algebra|calculus|geometry|trigonometry|physics|chemistry|biology (?:test|exam|question)|calculate (?:a |the )?(?:percentage|average|area)|(?:learn|learning) (?:spanish|french|german|english|chinese|japanese|italian|to code|coding|to program|guitar|piano|to swim|to drive)|(?:math|maths|history|science) (?:question|problem|test|exam|homework))\b/,
      cooking:
        /\b(?:recipes?|how (?:do|to|can|should) (?:i |you )?(?:make|cook|bake|grill|boil|roast|fry) (?:a |an |some |the )?(?:\w+ )?(?:bread|cake|pasta|rice|chicken|steak|eggs?|curry|soup|pizza|cookies|pancakes|lasagna|salmon|turkey)|(?:how to )?grow (?:tomatoes|vegetables|plants|herbs|potatoes|roses)|gardening|plant (?:tomatoes|seeds|a tree)|what (?:should|can) i (?:cook|make) (?:for )?(?:dinner|lunch|tonight))\b/,
      news: /\b(?:(?:today'?s|latest|world|breaking|local) news|any news today|headlines|current events|the war in|election results?|who won the election|the president (?:said|did)|prime minister|when is (?:mother'?s day|father'?s day|easter|thanksgiving|christmas|halloween|valentine'?s day|ramadan|hanukkah|the next (?:public|bank|federal) holiday))\b/,
      chat: /\b(?:tell me (?:a|another) (?:joke|story|fun fact|riddle)|say something funny|make me laugh|how old are you|are you (?:married|single|alive|sentient|conscious|in love)|do you believe in|what(?:'s| is) your favou?rite (?:color|colour|food|movie|song|animal)|what do you think (?:about|of) (?:trump|biden|politics|god|religion|abortion|the war|the election)|meaning of life|write (?:me )?a (?:poem|song|story|haiku))\b/,
      services:
        /\b(?:netflix|hulu|spotify|disney\+|hbo|comcast|verizon|at&t|t-mobile|xfinity|uber eats|doordash|grubhub|domino'?s|dominos|mcdonald'?s|starbucks|my (?:phone|cable|internet|electric|gas|water) bill|(?:amazon|walmart|target|shein|temu|aliexpress|best buy|costco|etsy|ebay|wish|zara|h&m) (?:order|package|parcel|account|prime|return|refund|delivery|seller|gift card|membership)|(?:(?:my|an?|the) )?(?:password (?:for|to|of) (?:my )?)?(?:gmail|hotmail|outlook|yahoo|facebook|instagram|insta|whatsapp|snapchat|tiktok|apple id|icloud|google|netflix|paypal) (?:account|password|email|login)s?(?: password)?|(?:looking for|need|find me|recommend) (?:a |an )?(?:good |cheap |reliable )?(?:plumber|electrician|babysitter|nanny|dog walker|mechanic|hairdresser|barber|therapist|tutor|lawyer|accountant|cleaner)|(?:ebay|craigslist|facebook marketplace|etsy) (?:seller|order|package|buyer))\b/,
      home: /\b(?:(?:get|getting) (?:a |the )?(?:\w+ )?stains? out|remove (?:a |the )?(?:\w+ )?stains?|(?:fix|repair|unclog) (?:a |the |my )?(?:leaky |leaking |dripping )?(?:faucet|tap|toilet|sink|drain|pipe|roof|shower)|leaky (?:faucet|tap|roof)|(?:change|replace) a (?:tire|tyre|fuse|lock)|do (?:the |my )?laundry|wash (?:my )?(?:whites|clothes) at what temperature|get rid of (?:mold|mould|ants|mice|cockroaches|bed bugs)|clean (?:my )?(?:oven|grout|carpet|mattress))\b/,
      leisure:
        /\b(?:what (?:should|can|could) (?:i|we) do (?:this (?:weekend|evening|summer)|tonight|on (?:the )?weekend)|things to do (?:this weekend|tonight|near me)|(?:good|best) (?:movies?|films?|shows?|series|books?|songs?|video games?) (?:to|on|of|about|for)|(?:what'?s|what is|anything) (?:there )?to do (?:this|tonight|in|near|around)|recommend (?:me )?(?:a |some )?(?:good |great |fun |new )?(?:movies?|films?|shows?|series|books?|songs?|podcasts?)|what(?:'s| is) on (?:tv|netflix) tonight|i'?m bored|play a game with me|let'?s play|where(?:'s| is) the nearest (?:gas station|atm|bank|pharmacy|hospital|bar|restaurant|supermarket|train station)|directions to (?:the )?(?:airport|station|beach|museum|hospital|city cent(?:er|re)|downtown)|how (?:do i|to) get to (?:the )?(?:airport|train station|bus station|beach|museum|hospital|city cent(?:er|re)|downtown))\b/,
      personal:
        /\b(?:(?:my|the) (?:girlfriend|boyfriend|wife|husband|ex|crush|partner) (?:\S+ ){0,3}(?:broke up|left me|cheated|dumped|doesn'?t love|hates)|broke up with me|how (?:do i|to) (?:ask (?:her|him) out|get (?:my )?ex back|make friends|be happy|stop procrastinating)|i'?m (?:so )?(?:lonely|depressed)\b(?![^.?!]{0,30}\b(?:order|parcel|package|refund|delivery|arrive|gift))|i (?:lost|can'?t find) my (?:keys|wallet|phone|cat|dog)|should i (?:break up|get married|quit))\b/,
    },
    social: words(`
      hi hello hey hiya yo sup howdy morning evening afternoon greetings thanks thank thx ty tysm cheers
      appreciated appreciate grateful bye goodbye cya later see ya farewell night yes yeah yep yup yea sure ok okay
      alright correct exactly absolutely definitely indeed perfect great cool awesome sounds no nope nah never
      wrong negative please pls lol haha ugh huh hmm meh wow oops omg wtf oh ah`),
  },
  fr: {
    searchFrame: words(`
      vous avez auriez faites vendez proposez des de du le la les un une et ou en pour avec sans
      je j cherche recherche besoin voudrais veux aimerais montrez montrer trouver acheter svp stp
      moins plus entre environ max pas cher cheres chers budget taille tailles couleur couleurs
      homme hommes femme femmes enfant enfants garcon fille mixte nouveau nouvelle
      bonjour salut est ce qu que il y a quel quelle quels quelles genre types sorte`),
    domain: words(`
      commande commandes commander commande achat achats achete acheter vend vendez vendre vendu vendus vendent colis paquet livraison livrer livre livree
      expedition expedie envoi envoye transporteur livreur suivi suivre arrive arrivee
      remboursement rembourser rembourse argent debite preleve facture retour retourner renvoyer echange echanger annuler annulation
      prix cout coute tarif reduction remise coupon code promo solde soldes offre cher paiement payer paye
      stock disponible dispo taille couleur produit produits article articles modele marque
      compte mot passe connexion connecter email mail adresse profil carte abonnement newsletter
      boutique magasin site panier garantie politique conditions
      conseiller humain personne agent responsable service client reclamation plainte
      ordi ordis batterie matiere etanche compatible poids dimensions conseillez recommandez cadeau comparer difference mieux meilleur
      gros devis entreprise donnees confidentialite rgpd numero telephone
      rue avenue boulevard chemin allee impasse appartement cedex`),
    worldQuestion:
      /^(?:(?:dis|dites|bon|alors),? )?(?:qui (?:est|etait|a (?:gagne|ecrit|invente|fait|fonde|peint|tue))\b|quand (?:a|est|etait)\b|en quelle annee\b|(?:quelle est|c'est quoi) (?:la|le) (?:capitale|population|hauteur|vitesse|distance|sens|meteo|temperature)\b|quel temps\b|ou (?:est|etait) ne\b|ou est nee?\b|combien (?:de ram|de memoire|de stockage|de calories|d'habitants)\b|comment (?:cuire|reparer|apprendre)\b|raconte[- ]moi\b|ecris[- ]moi\b|c'est qui\b|qui (?:a|ont) (?:gagne|invente|ecrit|decouvert|peint|compose|realise)\b|(?:quelle est |quelles sont |c'est quoi |quelle |quelles )?(?:la |les )?differences? entre\b|il fait combien\b|combien de degres (?:dehors|aujourd'hui|demain|a |en )|(?:quel(?:le)? est |c'est quoi )?(?:le |la )?(?:meilleure? (?:moyen|facon|maniere|periode|moment|endroit|age|ville|pays|ecole|regime)|meilleurs? (?:endroits?|restaurants?|bars?|hotels?|plages?)) (?:de|d'|pour|a|en|ou)\b|(?:quels? sont )?(?:les |des )?(?:bons?|meilleurs?) (?:restaurants?|restos?|bars?|hotels?|plages?|endroits?) (?:a|en|au|pres|sur|dans)\b|combien de temps (?:faut-il |il faut |ca prend |pour )?(?:pour )?(?:cuire|faire cuire|bouillir|apprendre|aller|venir|rejoindre|traverser)\b)/,
    offTopic:
      /^["'«“]?[\w' -]{1,30}["'»”]? en (?:anglais|allemand|espagnol|italien|japonais|chinois|portugais|arabe|russe|neerlandais)\b|\b(?:j'ai (?:trop |tellement )?(?:faim|soif)|forfait (?:mobile|telephone|internet|sfr|orange|bouygues|free|sosh|red)|mon forfait|(?:resultats?|score|nouvelles) du match|(?:a la|chez|de la|au|du) (?:fnac|darty|boulanger|cdiscount|leclerc|carrefour|decathlon|ikea|auchan|lidl)\b(?! (?:est|sont|c'est) (?:moins|plus) cher)|(?:commande|appelle|reserve)\w*(?:-moi|-nous| moi| nous)? (?:un |une |des )?(?:taxi|uber|vtc|pizzas?|repas|sushis?|kebab|burgers?)\b|comment (?:on )?dit(?:-on)?\b|comment (?:ca|cela) se dit|(?:ca|cela) se dit comment|(?:veut dire|se dit|dire) (?:\S+ ){0,4}en (?:anglais|allemand|espagnol|italien|japonais|chinois|portugais|arabe|russe|neerlandais)|uber ?eats|deliveroo|just ?eat|mcdo|mcdonald'?s?|burger king|\bkfc|avocats? (?:\S+ ){0,2}murs?\b|numero (?:des |du |d'|de la |de l'|de |pour (?:les |le |la )?)?(?:pompiers|urgences?|samu|police|gendarmerie|secours|centre antipoison)|appeler (?:les |le |la )?(?:pompiers|samu|police|urgences)|(?:il va faire|il fera|va-t-il faire|fera-t-il) (?:beau|chaud|froid|moche|soleil)|(?:c'est|est(?:-(?:il|elle|ce))?|sont(?:-ils|-elles)?) (?:un |une |des )?(?:fruit|legume)s?\b|(?:bon|bonne|meilleure?) (?:\S+ )?(?:dentiste|medecin|plombier|avocat|garagiste|coiffeur|coiffeuse|veterinaire|baby-sitter|electricien|kine|osteo)s?\b|(?:quoi|qu'est-ce que je (?:peux|pourrais)) (?:faire a manger|manger|cuisiner) (?:ce soir|ce midi|pour)|calories dans|meteo|quel temps (?:fait|fera|va faire|il fait)|temps qu'il (?:fait|fera)|va-t-il (?:pleuvoir|neiger)|il va (?:pleuvoir|neiger)|traduis|tradui(?:re|sez|t)|comment dit-on|(?:bons?|bonnes?|meilleure?s?) (?:films?|series?|chansons?|albums?|restaurants?|recettes?|podcasts?)|(?:conseille|recommande|propose)\w*(?:-moi)? (?:un |une |des )?(?:bons? |bonnes? )?(?:films?|series?|chansons?|musiques?|restaurants?|recettes?|podcasts?)|recette de|netflix|spotify|youtube|disney\+?|twitch|tiktok|instagram|match de (?:foot|rugby|tennis|basket)|coupe du monde|qui a gagne|bourse|bitcoin|crypto|election|premier ministre|devoirs|dissertation|exercice de maths|(?:combien (?:font|fait)|calcule) \d+ ?(?:[+*x/-]|plus|moins|fois|divise par) ?\d+|blague|poeme|horoscope|(?:mon|ma) (?:ordi(?:nateur)?|pc|mac|wi-?fi|box|routeur|modem|imprimante|tele|television|telephone|portable|iphone|android|windows)\b[^.?!]{0,40}\b(?:ram|memoire|stockage|install\w*|mettre a jour|mise a jour|virus|lent|configur\w*|connecter a (?:internet|la wi-?fi|la box)|bloquee?|plante|reinitialis\w*|redemarr\w*|deverrouill\w*|freeze|rame|rament|ramer|nettoyer|accelerer|formater)|combien de (?:ram|memoire|stockage|go|place) (?:\S+ ){0,3}(?:mon|ma)|(?:virus|malware|logiciel|appli\w*|windows|mise a jour) (?:sur|de|dans) (?:mon|ma) (?:ordi(?:nateur)?|pc|mac|telephone|portable|iphone|tablette)|comment (?:reparer|reinitialiser|configurer|installer|debloquer|accelerer) (?:mon|ma)|(?:achete|acquis|pris|commande)e?s? (?:ailleurs|sur amazon|chez (?:un autre|amazon|darty|fnac|boulanger|cdiscount))|(?:dans|sur|chez) un autre (?:magasin|site|vendeur)|pas (?:achete|commande) chez vous|(?:le |la |les )?plus (?:haute?s?|grande?s?|longu?e?s?|vieux|vieille?s?|riches?|petite?s?|profonde?s?|rapides?|peuplee?s?|connue?s?) (?:\S+ ){0,3}(?:du monde|de la planete|de l'univers|de france|de l'histoire)|(?:nom|noms|prenom|prenoms|surnom) (?:\S+ ){0,2}(?:pour|a donner a) (?:mon|ma|mes|notre|un|une) (?:nouveau |nouvelle |futur |futur )?(?:chien|chienne|chiot|chat|chatte|chaton|animal|lapin|bebe|fils|fille|groupe|entreprise|societe|bateau|podcast)|invente[rz]?(?:-moi| moi)?|raconte[rz]?(?:-moi| moi) (?:une|un|des)|reserv\w*(?:-moi| moi| nous)? (?:un |une |des )?(?:table|billets?|vols?|hotel|chambre|train|taxi|uber|restau\w*|places? (?:de|pour) (?:cinema|concert|theatre))|(?:trouve|trouver|cherche)(?:-moi| moi)? un (?:hotel|vol|taxi|restau\w*) (?:a|pour|ce)|(?:ca|que|qu'est-ce que ca) veut dire|signifie quoi|definition (?:de|du) mot|(?:les )?(?:extraterrestres|aliens|fantomes|ovnis?) (?:ca )?existent|dieu existe|crois en dieu|religion|president de la republique|(?:de|sur) la politique$|(?:penses?|pensez|avis) (?:\S+ ){0,2}(?:de la|sur la) politique|(?:soigner|guerir|traiter|faire passer) (?:un |une |le |la |mon |ma )?(?:rhume|grippe|mal de (?:tete|dos|gorge|ventre)|fievre|toux|migraine|gueule de bois)|explique[rz]?(?:-moi| moi)? (?:la |le |les |l')?(?:relativite|physique quantique|physique|chimie|philosophie|theorie|trous noirs|big bang|evolution)|(?:ecrire|rediger|ecris|redige)(?:-moi| moi)? (?:un |une |ma |mon )?(?:mail|lettre|message|discours|cv|lettre de motivation) (?:pour|a) (?:mon|ma) (?:patron|patronne|chef|prof\w*|proprio\w*|bailleur|collegue|copine|copain|mere|pere)|lettre de motivation|(?:mon|ma) (?:wi-?fi|box|routeur|connexion internet|imprimante) (?:\S+ ){0,3}(?:marche|fonctionne|plante|bug|rame|coupe)\w*|(?:quelle heure est-il|il est quelle heure) (?:a|en|au)|decalage horaire|combien (?:de (?:km|kilometres|miles)|d'habitants)|distance entre|vacances scolaires|jours feries|impots?|declaration de revenus|a quelle heure (?:ferme|ouvre)(?:nt)? (?:la|le|les) (?:pharmacie|poste|banque|mairie|piscine|supermarche|boulangerie|bibliotheque|musee)s?|compte (?:en banque|bancaire)|(?:meilleure|changer de|ouvrir une|quelle) banque|banque en ligne|virement|pret immobilier|credit immo\w*|billets? (?:de train|d'avion|de bus|de tgv)|horaires? (?:de la |du |des )?(?:sncf|trains?|bus|metro|rer|tram|tgv)|(?:dernier|prochain|premier) (?:metro|train|bus|rer|tram)|sncf|ratp|appart(?:ement)?s? (?:a|en|sur|pour)|location (?:de vacances|pour les vacances|saisonniere)|mon proprio\w*|mon loyer|(?:j'ai )?mal (?:au|a la|aux) (?:dos|ventre|tete|dents|gorge|genou)|(?:j'ai|g) de la fievre|chez le medecin|perdre du poids|arreter de fumer|j'arrive pas a dormir|je (?:suis|me sens) (?:triste|deprime\w*|seule?)|(?:ma|mon) (?:voiture|bagnole|moto|scooter|caisse) (?:\S+ ){0,2}(?:demarre|marche|fait un bruit|fait du bruit|est en panne|tombe en panne|cale)|garagiste|(?:changer|reparer) (?:une|la|ma) roue|pneu crev\w*|(?:vous )?(?:recrutez|embauchez)|offres? d'emploi|(?:cherche|trouver) (?:un|une) (?:stage|emploi|boulot|job)\b|faire (?:un|mon) cv|smic|combien gagne|forfait (?:mobile|telephone|internet|portable)|(?:quel|meilleur) (?:operateur|fournisseur)(?! de (?:colis|livraison))|fournisseur d'(?:electricite|energie|acces)|abonnement (?:telephone|internet|mobile)|(?:tu sais|vous savez|tu parles|vous parlez|tu peux parler|parles-tu|parlez-vous) (?:\S+ )?(?:espagnol|allemand|italien|chinois|arabe|japonais|portugais|russe|neerlandais))\b/,
    groceries: words(`
      pizza pizzas burger burgers hamburger sandwich sandwichs sushi sushis thon poulet boeuf porc steak jambon
      saucisse saucisses oeufs oeuf lait fromage fromages beurre pain baguette baguettes croissant croissants
      brioche crepes gateau gateaux biscuits bonbons bananes banane tomates tomate patates carottes oignons ail
      salade riz pates spaghettis nouilles farine sucre cereales yaourt yaourts confiture soupe frites kebab
      tacos legumes fruits courses avocat avocats fraises raisin citrons biere bieres vin vins cocktail pizzeria
      restaurant restaurants resto restos boulangerie`),
    lifeTopics: {
      health:
        /\b(?:medicaments?|medocs?|doliprane|paracetamol|ibuprofene|aspirine|antibiotiques?|ordonnance|pharmacie de garde|mal (?:a la|au|aux) (?:gorge|tete|dos|ventre|dents|oreilles?)|(?:j'ai|g) (?:de la )?(?:fievre|la grippe|le covid|la creve|une angine|une gastro)|(?:un|mon|ma|le|chez le|chez la) (?:medecin|docteur|dentiste|gyneco\w*|kine|pediatre)|rdv (?:chez|medical)|rendez-vous (?:chez|medical)|c'est grave (?:si|docteur|de)|symptomes?|enceinte (?:de|depuis)|(?:je suis|suis-je) enceinte|vaccin\w*|tension arterielle|diabete|(?:mon|ma|notre) (?:chien|chienne|chat|chatte|chiot|chaton|lapin) (?:\S+ ){0,3}(?:mange|vomi\w*|malade|tousse|boite)|veterinaire|\bveto\b)\b/,
      work: /\b(?:(?:cherche|chercher|trouver|trouve|recherche|besoin d'un|besoin d'une)\w* (?:du |un |une |de |d')?(?:nouveau |nouvel )?(?:boulot|taf|travail|job|emploi|stage|alternance|cdi|cdd)\b|pole emploi|france travail|chomage|(?:vous )?(?:recrutez|embauchez)|(?:postuler|candidature|candidater)\b(?! (?:pour|a) (?:un|une) (?:compte|carte))|entretien d'embauche|lettre de motivation|demission\w*|licenci\w*|prud'?hommes|fiche de paie|(?:mon|un) salaire|smic)\b/,
      housing:
        /\b(?:appart(?:ement)?s? (?:a|en|sur|pour|pas cher|meuble)|coloc\w*|(?:un|mon|le) logement|loyer|proprio\w*|bailleur|agence immobiliere|immobilier|a louer|en location|location (?:d'un|d'une|appart|maison)|acheter (?:une|ma|notre) maison|acheter un appart\w*|maison a vendre|\bapl\b)\b/,
      money:
        /\b(?:bitcoin|crypto\w*|ethereum|\bnft\b|bourse|cours de (?:l'action|la bourse|l'or|l'euro|bitcoin)|(?:cours de l')?actions? (?:tesla|apple|amazon|total|lvmh)|livret a|assurance[- ]vie|placer (?:mon|mes|de l') ?argent|investir|investissement|retour sur investissement|taux (?:d'interet|immobilier|du livret|de change|pour un (?:credit|pret))|credit (?:immo\w*|auto|conso\w*|a la consommation)|pret (?:immo\w*|etudiant|bancaire|auto|a taux)|(?:ouvrir|changer de|meilleure|quelle) banque|(?:ma|la) banque (?:m'a|a) (?:bloque|refuse mon pret|ferme)|carte (?:bancaire|bleue) (?:bloquee|volee|perdue)|impots?|declaration (?:d'impots|de revenus)|gagner (?:de l'|beaucoup d'|vite de l'|facilement de l')argent|(?:prix|cout|tarif) (?:de l'essence|du gazole|du diesel|du carburant|de l'electricite|du gaz|de l'immobilier|du metre carre|du m2|du pain|de l'or|du baril|des cigarettes|du paquet de clopes|du timbre|d'un timbre|des loyers)|assurances? (?:auto|habitation|voiture|moto|sante|scolaire)|(?:ma|une) mutuelle|devenir riche)\b/,
      sport:
        /\b(?:psg|l'om\b|l'ol\b|real madrid|barca|manchester (?:united|city)|liverpool|juventus|bayern|equipe de france|les bleus|ligue 1|ligue des champions|champions league|coupe du monde|jeux olympiques|tour de france|roland[- ]garros|wimbledon|\bnba\b|\bnfl\b|formule 1|six nations|top 14|mbappe|messi|ronaldo|(?:resultat|score)s? (?:du|de l'|des|d'hier)|match (?:d'hier|de ce soir|de foot|de rugby)|(?:a|ont) (?:gagne|perdu|fait match nul) (?:hier|ce soir|contre|le match|la finale|samedi|dimanche)|qui (?:a|va) gagner)\b/,
      travel:
        /\b(?:billets? (?:d'avion|de train|pour|de concert|de cinema)|vols? (?:pour|vers|a destination|pas chers?)|(?:visiter|voyager) (?:en|au|aux|a|le|la|les)|vacances (?:en|au|aux|a) (?!la montagne|la plage|la mer)[a-z]|(?:conseils?|idees?) (?:de|pour) (?:visites?|voyage)|(?:que|quoi) (?:visiter|voir|faire) (?:a|en|au)|(?:un|des|bon|bons) hotels?|airbnb|passeport|visa pour|decalage horaire|ouigo|ryanair|easyjet|air france)\b/,
      paperwork:
        /\b(?:permis de conduire|carte (?:d'identite|grise|vitale)|voter|vote\b|bureau de vote|elections?|mairie|prefecture|allocations?|\brsa\b|\bcaf\b|securite sociale|ameli|(?:ma|la) retraite|reforme des retraites|demarches? administratives?|acte de naissance|divorce|garde (?:des|de mes|de nos) enfants|pension alimentaire|succession|heritage)\b/,
      school:
        /\b(?:devoirs?|expose (?:sur|de)|dissertation|equation|(?:exercice|probleme) de (?:maths|physique|chimie)|resoudre (?:une|l'|cette) (?:equation|exercice)|conjugaison|grammaire|(?:apprendre|parler) (?:l'anglais|l'espagnol|l'allemand|le chinois|le japonais|une langue|a coder|a programmer|la guitare|le piano|a nager|a conduire)|\bbac\b|brevet des colleges|partiels?|memoire de (?:fin|master)|calculer (?:un|une|le|la) (?:pourcentage|moyenne|aire|surface)|pourcentage)\b/,
      cooking:
        /\b(?:recettes?|(?:faire|cuisiner|preparer|reussir|cuire) (?:une|un|des|la|le|les|du|de la) (?:pate|gateau|crepes?|tarte|quiche|soupe|sauce|pizza|pain|omelette|risotto|boeuf|poulet|pates|riz|oeufs?|gaufres?)|pate a crepes|(?:faire )?pousser (?:des|les|mes) (?:tomates|plantes|legumes|fleurs|herbes)|jardinage|potager|(?:qu'est-ce que|quoi) (?:je peux|on peut|je pourrais) (?:cuisiner|manger|faire a manger)|cuisiner avec)\b/,
      news: /\b(?:actu(?:alite)?s? (?:du jour|d'aujourd'hui|du moment)|(?:les|des) (?:dernieres )?(?:actus|actualites|news)\b|(?:les )?infos (?:du jour|d'aujourd'hui|de ce (?:soir|matin))|dernieres infos|journal (?:de|du) (?:20h|13h|jour)|faits divers|guerre en|ukraine|gaza|trump|macron|gouvernement|(?:la )?greve (?:de la sncf|des trains|a la sncf|demain)|manif\w*|(?:quand|quelle date|quel jour|date) (?:est |c'est |tombe |de )?(?:la |le )?(?:fete des (?:meres|peres|voisins)|paques|noel|nouvel an|ramadan|halloween|saint[- ]valentin|ascension|pentecote|toussaint|(?:prochain )?jours? feries?))\b/,
      chat: /\b(?:(?:dis|raconte)[- ]moi (?:un truc|quelque chose|une histoire) (?:drole|marrant|rigolo|interessant)|fais[- ]moi rire|quel age (?:as-tu|tu as|t'as|avez-vous)|t'as quel age|(?:tu es|t'es|es-tu) (?:marie|celibataire|vivant|amoureux|intelligent|conscient)|tu crois (?:a|en) |ton (?:film|plat|sport|animal|chanteur) prefere|(?:ecris|ecrivez)[- ]moi (?:un|une) (?:poeme|chanson|histoire)|poeme d'amour|sens de la vie)\b/,
      services:
        /\b(?:netflix|canal ?\+|canal plus|deezer|prime video|disney ?\+|\bsfr\b|bouygues|free mobile|\bedf\b|engie|leboncoin|vinted|ebay|domino'?s|uber ?eats|deliveroo|(?:colis|commande|compte|retour|remboursement|livraison) (?:\S+ ){0,2}(?:sur |chez |de |d'|du )?(?:vinted|leboncoin|amazon|shein|temu|aliexpress|cdiscount|zalando|ebay|fnac|darty)\b|(?:(?:mon |ma |un |le )?(?:compte|mot de passe|mdp|adresse|identifiant)s? (?:de mon |de ma |de |du |sur |d')?)+(?:gmail|hotmail|outlook|yahoo|facebook|insta(?:gram)?|whatsapp|snap(?:chat)?|tiktok|apple|icloud|google|netflix|paypal|la caf|ameli|impots\.gouv)|(?:cherche|trouver|besoin d') (?:un |une )?(?:bon |bonne |)?(?:plombier|electricien|baby-?sitter|nounou|garagiste|coiffeur|coiffeuse|psy|prof particulier|avocat|comptable|femme de menage|serrurier|demenageur)|(?:mon|ma) (?:abonnement|forfait|facture) (?:netflix|canal|spotify|deezer|sfr|orange|bouygues|free|edf|de telephone|internet|d'electricite|de gaz|a la salle))\b/,
      home: /\b(?:(?:enlever|retirer|faire partir|ravoir) (?:une |la |les |des )?taches?|tache de (?:vin|sang|gras|cafe|stylo)(?: rouge| blanc)?|(?:reparer|deboucher) (?:une |la |mon |ma |le |l')?(?:fuite|robinet|evier|toilettes|wc|chasse d'eau|tuyau|douche|lavabo)|fuite d'eau|changer (?:une |un |la |le )?(?:roue|fusible|serrure|joint)|(?:faire|lancer) (?:une |la |ma )?(?:lessive|machine) a (?:quelle|combien)|laver (?:le |du |mon |ma )?(?:linge|blanc) a quelle temperature|se debarrasser (?:des|de) (?:fourmis|souris|cafards|punaises|moisissures)|(?:nettoyer|detartrer) (?:le |mon |ma |la )?(?:four|joints|matelas|moquette|canape))\b/,
      leisure:
        /\b(?:(?:quoi|que|qu'est-ce qu'on peut|qu'est-ce que je peux) faire (?:ce (?:soir|week-end|weekend|samedi|dimanche)|a (?!la livraison)\S+ ce)|(?:une |des )?idees? de sortie|(?:bons? |meilleurs? )(?:films?|series?|livres?|jeux video|mangas?) (?:a |sur |de |pour |en )|(?:conseille|recommande)\w*(?:-moi| moi)? (?:un |une |des )?(?:films?|series?|livres?|jeux video|mangas?|podcasts?)|je m'ennuie|on joue a (?:un jeu|quelque chose)|(?:ou est|c'est ou) (?:la |le )?(?:gare|pharmacie|poste|mairie|station[- ]service|banque|distributeur|hopital|supermarche) (?:la plus proche|le plus proche|du coin|d'ici)?|(?:itineraire|chemin) (?:pour aller |jusqu'|vers |pour )(?:a |au |a la )?(?!votre|la boutique|le magasin))\b/,
      personal:
        /\b(?:(?:mon|ma) (?:copine|copain|mec|meuf|femme|mari|ex|crush) (?:\S+ ){0,3}(?:m'a quitte|m'a largue|m'a trompe|me trompe|m'aime plus|m'ignore)|m'a (?:quitte|largue)e?|comment (?:draguer|seduire|recuperer mon ex|recuperer mon copain|me faire des amis|etre heureux|arreter de procrastiner)|je (?:suis|me sens) (?:tellement |trop )?(?:seule?|deprime\w*)\b(?![^.?!]{0,30}\b(?:commande|colis|livraison|remboursement|arrive\w*|cadeau))|j'ai perdu mes (?:cles|papiers)|j'ai perdu mon (?:portefeuille|chat|chien)|(?:je|j) (?:devrais|dois) (?:le |la )?quitter)\b/,
    },
    social: words(`
      bonjour bonsoir salut coucou hello rebonjour wesh merci remercie bye revoir plus tard ciao tchao bonne journee soiree
      bientot demain tantot prochaine
      oui ouais ouep ok daccord accord exact exactement parfait super genial nickel carrement volontiers bien sur
      non nan jamais svp stp mdr ptdr bof pff oh ah euh`),
  },
};

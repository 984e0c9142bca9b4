/**
 * Russian → English glossary of the vocabulary of UPR recommendations, so that an NGO's asks
 * written in Russian can be compared with a Working Group report, which is published in English
 * first (the Russian translation comes months later, long after the lobbying window).
 *
 * Each line is `russian stems = english words`. A Russian stem matches any word that starts with
 * it ("пыт" → пытки, пыток, пытками), so one line covers all the cases and numbers of a word.
 * Several stems are consecutive words after stopwords are dropped ("смертн казн" → смертная
 * казнь). Where stems overlap, the longest match wins ("правозащитн" before "прав").
 * The English side is what UPR texts say, not a dictionary translation ("ombudsman" for
 * "уполномоченный по правам человека").
 */
const LINES = `
ратифиц = ratify | присоедин = accede | подпис = sign | конвенц = convention | пакт = covenant
протокол = protocol | факультативн = optional | договор = treaty | статут = statute | римск статут = rome statute
международн = international | международн уголовн суд = international criminal court | уголовн = criminal
суд = court | судебн = judicial | судь = judges | судопроизводств = proceedings | правосуд = justice
справедлив = fair | разбирательств = trial | независим = independence | беспристраст = impartial
омбудсм = ombudsman | уполномоченн прав человек = ombudsman | уполномоченн = commissioner
национальн = national | учрежден = institution | институт = institution | парижск принцип = paris principles
прав человек = human rights | прав = rights | правов = legal | правов статус = legal status | статус = status
правозащитн = human rights defenders | защитник = defenders | защит = protection | защищ = protect | правозащитн учрежден = human rights institution
обеспеч = ensure | гарантир = guarantee | гаранти = guarantees | принят = adopt | приня = adopt | примит = adopt | приним = adopt
закон = law | законодательств = legislation | законопроект = bill | поправк = amendments | изменен = amend
отмен = repeal | упраздн = abolish | пересмотр = review | криминализ = criminalize | декриминализ = decriminalize
уголовн ответствен = criminal liability | расследова = investigate | преследова = prosecute
наказ = punish | виновн = perpetrators | безнаказанн = impunity | жертв = victims | пострадавш = victims
возмещен = reparation | компенсац = compensation | реабилитац = rehabilitation | доступ = access
усил = strengthen | укрепл = strengthen | продолж = continue | разработ = develop | стратег = strategy
план действ = action plan | план = plan | программ = programme | мер = measures | эффективн = effective
сотруднич = cooperation | специальн процедур = special procedures | специальн докладчик = special rapporteur
постоянн приглашен = standing invitation | приглашен = invitation | договорн орган = treaty bodies
рекомендац = recommendations | осуществл = implement | выполн = implement | реализ = implement
мониторинг = monitoring | доклад = report | данн = data | сбор данн = data collection | статистик = statistics
свобод = freedom | выражен = expression | мнен = opinion | слов = speech | собран = assembly | мирн = peaceful
объединен = association | ассоциац = association | передвижен = movement | религ = religion
вероисповедан = religion | верующ = believers | совест = conscience | убежден = belief | мысл = thought
пресс = press | сми = media | средств массов информац = media | медиа = media | журналист = journalists
блогер = bloggers | цензур = censorship | интернет = internet | онлаин = online | блокир = blocking | саит = websites
клевет = defamation | иностранн агент = foreign agents | иноагент = foreign agents | нежелательн организац = undesirable organizations
экстремизм = extremism | экстремист = extremist | террор = terrorism | гражданск обществ = civil society
гражданск = civil | обществ = society | некоммерческ = ngo | нко = ngo | неправительствен = non-governmental
организац = organizations | активист = activists | политическ = political | оппозиц = opposition
политзаключ = political prisoners | заключенн = prisoners | узник = prisoners | выбор = elections | избират = electoral
задерж = detention | произвольн = arbitrary | арест = arrest | содержан страж = detention | тюрьм = prison
тюремн = prison | колон = prison | исправительн = correctional | пенитенциарн = penitentiary
мест лишен свобод = places of detention | лишен = deprivation | пыт = torture | жесток = cruel
бесчеловечн = inhuman | унижающ = degrading | обращен = treatment | жесток обращен = ill-treatment
насильственн исчезновен = enforced disappearances | исчезновен = disappearances | похищен = abduction
внесудебн = extrajudicial | казн = executions | смертн казн = death penalty | мораторий = moratorium
смертн приговор = death sentence | полиц = police | правоохранительн = law enforcement | сотрудник = officials
военн = military | арм = army | призыв = conscription | альтернативн гражданск служб = alternative service conscientious objection
дискриминац = discrimination | дискриминир = discriminate | равенств = equality | равн = equal | неравенств = inequality
гендерн = gender | гендерн идентичн = gender identity | сексуальн ориентац = sexual orientation | лгбт = lgbti
трансгендер = transgender | однопол = same-sex | женщин = women | девоч = girls | девушк = girls | мужчин = men
насил = violence | домашн насил = domestic violence | насил семь = domestic violence | бытов насил = domestic violence
семеин = family | семь = family | сексуальн насил = sexual violence | сексуальн = sexual | изнасилован = rape
домогательств = harassment | стамбульск конвенц = istanbul convention | торговл люд = trafficking in persons
торговл = trade | эксплуатац = exploitation | принудительн труд = forced labour | дет = children | ребен = child
несовершеннолетн = juvenile | подрост = adolescents | молодеж = youth | ранн брак = child marriage | брак = marriage
телесн наказан = corporal punishment | инвалид = disabilities | ограниченн возможност = disabilities | пожил = older persons
меньшинств = minorities | этническ = ethnic | язык = language | рома = roma | ромск = roma | ромов = roma | цыган = roma
коренн народ = indigenous peoples | коренн = indigenous | народ = peoples | расов = racial | расизм = racism
ксенофоб = xenophobia | язык вражд = hate speech | ненавист = hatred | разжиган = incitement
преступлен почв ненавист = hate crimes | преступлен = crimes | мигрант = migrants | миграц = migration
беженц = refugees | убежищ = asylum | просител убежищ = asylum seekers | высылк = expulsion | депортац = deportation
выдач = extradition | невысылк = non-refoulement | гражданств = citizenship | без гражданств = stateless
апатрид = stateless | стерт = erased | регистр = register | регистрац = registration | рожден = birth
постоянн = permanent | проживан = residence | вид жительств = residence permit | жител = residents | восстанов = restore | восстанавл = restore
здравоохранен = health | здоров = health | медицинск = medical | образован = education | школ = schools
жиль = housing | жилищ = housing | бедност = poverty | социальн = social | экономическ = economic | культурн = cultural
труд = labour | работ = work | занятост = employment | безработиц = unemployment | заработн плат = wages | пенс = pensions
водоснабжен = water | питьев вод = drinking water | санитар = sanitation | продовольств = food | питан = food
окружающ сред = environment | экологическ = environmental | климат = climate | изменен климат = climate change
развит = development | устойчив развит = sustainable development | бизнес = business | предприят = business
коррупц = corruption | частн жизн = privacy | неприкосновен частн жизн = privacy | персональн данн = personal data
слежк = surveillance | государств = state | правительств = government | власт = authorities | министерств = ministry
орган = bodies | финансов = financial | финансирован = funding | бюджет = budget | ресурс = resources
автоном = autonomy | офис = office | аппарат = office | мандат = mandate | полномоч = powers | обучен = training
подготовк = training | осведомлен = awareness | просвещен = education | кампан = campaign | уязвим = vulnerable
групп = groups | лиц = persons | граждан = citizens | полн = full | всеобъемлющ = comprehensive | комплексн = comprehensive
незамедлительн = immediately | немедленн = immediately | освобод = release | обществен = public | участ = participation
консультац = consultation | диалог = dialogue | предоставл = provide | предостав = provide | необходим = necessary
рассмотр = consider | изуч = study | оцен = assess | сохран = maintain | поддерж = support | поощр = encourage
содейств = promote | активизир = intensify | ускор = accelerate | улучш = improve | повыс = raise | увелич = increase
созда = establish | учред = establish | провест = conduct | провод = conduct | искорен = eliminate | ликвид = eliminate
запрет = prohibit | внест изменен = amend | внест поправк = amend | пригласит = invite | снят = lift | предпринят = take
предприня = take | запрос = request | обмен = exchange | обрат = seek | борьб = combat | бороть = combat
предотвра = prevent | соблюд = respect | уваж = respect | призна = recognize | опубликова = publish | назнач = appoint
`;

export interface GlossaryEntry {
  /** Stems of consecutive words, normalised like the words they are compared with. */
  stems: string[];
  english: string;
}

/** Lowercase, "ё" → "е", "й" → "и": the same folding the tokenizer applies (NFD, marks dropped). */
export function foldRussian(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

export const RUSSIAN_GLOSSARY: readonly GlossaryEntry[] = LINES.split(/[|\n]/)
  .map((pair) => pair.trim())
  .filter((pair) => pair.length > 0)
  .map((pair) => {
    const [russian = '', english = ''] = pair.split('=').map((side) => side.trim());
    return { stems: foldRussian(russian).split(/\s+/), english };
  });

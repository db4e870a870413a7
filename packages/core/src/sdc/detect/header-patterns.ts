/**
 * Header-name vocabulary for identifying-column detection: English, French, Portuguese, Spanish
 * and common Arabic transliterations. Headers are normalised first (lower case, accents removed,
 * camelCase and punctuation split into words), so each pattern matches whole words.
 */

export function normaliseHeader(header: string): string {
  const spaced = header
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return ` ${spaced} `;
}

const words = (list: string): RegExp =>
  new RegExp(
    ` (?:${list
      .trim()
      .split(/\s*\|\s*/)
      .join('|')}) `,
  );

/** Location, organisation and object words: a "name" next to them is not a person's name. */
export const NOT_A_PERSON = words(`
  village | camp | site | district | region | province | admin\\d? | adm\\d | commune | locality | localite |
  country | city | town | settlement | governorate | muhafaza | county | state | school | facility | file |
  organi[sz]ation | org | agency | partner | project | programme | program | item | product | company |
  enumerator | interviewer | team | sheet | variable | field | form | project | health facility | hospital`);

export const HEADER = {
  email: words('e ?mail | email address | courriel | correo | correio eletronico | bareed'),
  phone:
    words(`phone | phone number | telephone | tel | tel no | telefone | telefono | mobile | mobile number |
    cell | cellphone | celular | portable | gsm | whatsapp | contact number | hatif | hatef | raqm al hatif | jawal`),
  personName:
    words(`name | names | full name | fullname | first name | firstname | last name | lastname | surname |
    family name | given name | forename | middle name | nom | noms | prenom | prenoms | nom complet | nome |
    nome completo | sobrenome | apelido | nombre | apellido | ism | esm | ism al | laqab | kunya |
    respondent name | hoh name | head name | beneficiary name | father name | mother name | nom du pere |
    nom de la mere | nome do pai | nome da mae`),
  idDocument:
    words(`passport | passport number | passeport | passaporte | pasaporte | national id | nationalid |
    national id number | id card | idcard | id number | id no | id num | identity number | identity card | cni | nin | cin |
    nic | bi | rg | cpf | nif | dni | document number | document no | doc no | doc number | numero de document |
    numero d identite | carte d identite | piece d identite | bilhete de identidade | hawiya | raqm watani |
    raqm al hawiya | unhcr id | unhcr number | unhcr case | progres id | progres | case id | case number | case no |
    registration number | registration no | registration id | ration card | tazkira | birth certificate number |
    social security number | ssn | voter card | carte d electeur`),
  dateOfBirth: words(`dob | date of birth | birth date | birthdate | birthday | born | year of birth | yob |
    date de naissance | date naissance | naissance | annee de naissance | data de nascimento | nascimento |
    ano de nascimento | fecha de nacimiento | tarikh al milad | tarikh milad | milad | mawlid`),
  latitude: words('lat | latitude | gps lat | gps latitude | geo lat | y coord | ycoord | coord y'),
  longitude: words(
    'lon | lng | long | longitude | gps lon | gps lng | gps longitude | geo lon | x coord | xcoord | coord x',
  ),
  gpsPair: words(
    'gps | geolocation | geopoint | geo point | coordinates | coords | gps coordinates | location gps | geo',
  ),
  weight:
    words(`weight | weights | wgt | wt | w | sampling weight | sample weight | survey weight | final weight |
    expansion factor | poids | ponderation | coefficient d extrapolation | peso | pesos | ponderador |
    factor de expansion | wazn`),
  bodyWeight: words('kg | kilo | kilogram | kilograms | child | body | muac | height | anthropometric'),
  household: words(`hh id | hhid | hh | household | household id | household number | household code | hid |
    ori hid | menage | id menage | code menage | numero menage | agregado | agregado familiar | id agregado |
    domicilio | family id | family code | family number | usra | raqm al usra`),
  recordId:
    /^ (?:id|uuid|instance ?id|record id|row id|index|submission id|key|meta instance ?id|respondent id|obs|row) $/,
  sensitive:
    words(`gbv | sgbv | violence | abuse | rape | sexual | hiv | aids | torture | trafficking | survivor |
    incident | incident type | protection concern | protection incident | mental health | pregnant | pregnancy |
    detention | detained | arrest | arrested | armed group | recruitment | recruited | sexual orientation | lgbt |
    lgbtqi | violence basee sur le genre | vbg | viol | violencia | estupro | unf | ightisab`),
  financial: words(
    'income | salary | wage | wages | revenu | revenus | renda | rendimento | salario | expend | expenditure | expenses | depenses | savings | assets | debts | debt | money | dakhl',
  ),
};

/** Likely key variables (quasi-identifiers), with the family named in the reason. */
export const KEY_FAMILIES: readonly { family: string; pattern: RegExp }[] = [
  {
    family: 'age',
    pattern: words(
      'age | ages | age years | age group | agegroup | ageg | age cat | age category | ageyoung | idade | faixa etaria | edad | tranche d age | umr | omr',
    ),
  },
  {
    family: 'sex or gender',
    pattern: words('sex | gender | sexe | genre | sexo | genero | jins | jens | naw'),
  },
  {
    family: 'location or administrative area',
    pattern:
      words(`region | district | province | prefecture | department | departement | commune | municipality |
      municipio | village | town | city | locality | localite | localidade | camp | site | settlement | admin\\d? |
      adm\\d | adm\\d pcode | pcode | p code | governorate | muhafaza | muhafazat | qada | kadaa | nahiya | wilaya |
      state | county | subcounty | parish | ward | zone | lga | woreda | kebele | cercle | arrondissement |
      quartier | bairro | aldeia | provincia | distrito | posto | location | lieu | urbrur | urban | rural |
      milieu | area | country | pays | pais | balad | mintaqa`),
  },
  {
    family: 'household size or composition',
    pattern: words(
      'household size | hh size | hhsize | hh members | taille menage | taille du menage | tamanho do agregado | tamanho agregado | family size | numyoung | numold | number of children | nb enfants | nombre d enfants | members',
    ),
  },
  {
    family: 'marital status',
    pattern: words(
      'marital | marital status | marstat | civil | hhcivil | civil status | etat civil | estado civil | situation matrimoniale | matrimonial | married | hala ijtimaiya',
    ),
  },
  {
    family: 'ethnicity, tribe or clan',
    pattern: words(
      'ethnic | ethnicity | etni | ethnie | etnia | tribe | tribu | clan | qabila | caste | race',
    ),
  },
  { family: 'religion', pattern: words('religion | religiao | religious | din | diyana | confession') },
  {
    family: 'disability',
    pattern: words(
      'disab | disability | disabled | handicap | deficiencia | discapacidad | impairment | wg ss | washington group | difficulty seeing | difficulty walking | iaqa',
    ),
  },
  {
    family: 'occupation',
    pattern: words(
      'occupation | occupat | occu | occucode | job | profession | employment | emploi | metier | ocupacao | profissao | trabalho | work | mihna | kindpers | poslabm',
    ),
  },
  {
    family: 'displacement status',
    pattern: words(
      'displacement | displaced | displacement status | idp | refugee | returnee | deplace | deplacement | deslocado | refugie | refugiado | retornado | residency status | host community | population group | pop group | nazih | laji',
    ),
  },
  {
    family: 'nationality or origin',
    pattern: words(
      'nationality | nationalite | nacionalidade | citizenship | country of origin | origin | origine | jinsiya',
    ),
  },
  {
    family: 'education',
    pattern: words(
      'education | educ | educ1 | educ2 | school level | scolarite | niveau d etude | escolaridade | literacy | taalim',
    ),
  },
  {
    family: 'relationship to household head',
    pattern: words(
      'relat | relationship | relation to head | lien de parente | parentesco | relat2 | head of household | hoh',
    ),
  },
  { family: 'language', pattern: words('language | langue | lingua | idioma | lugha') },
  {
    family: 'dwelling characteristics',
    pattern: words(
      'roof | walls | water | electcon | dwelling | shelter | housing | tenure | toit | logement | habitacao',
    ),
  },
];

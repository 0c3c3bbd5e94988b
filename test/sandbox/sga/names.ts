import { Random } from './random';

/**
 * Invented Brazilian-looking names, upper-cased like SGA stores them, with
 * the accents real data has (the sync must keep them intact).
 */

function list(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

const MALE = list(`
  JOSÉ, JOÃO, ANTÔNIO, FRANCISCO, CARLOS, PAULO, PEDRO, LUCAS, LUIZ, MARCOS,
  LUÍS, GABRIEL, RAFAEL, DANIEL, MARCELO, BRUNO, EDUARDO, FELIPE, RAIMUNDO,
  RODRIGO, SEBASTIÃO, FÁBIO, VINÍCIUS, FLÁVIO, CAIO, OTÁVIO, MÁRIO, ROGÉRIO,
  SÉRGIO, CÉSAR, ANDRÉ, MATEUS, JÚLIO, ÍTALO, WELLINGTON, GERALDO, TIAGO`);

const FEMALE = list(`
  MARIA, ANA, FRANCISCA, ANTÔNIA, ADRIANA, JULIANA, MÁRCIA, FERNANDA,
  PATRÍCIA, ALINE, SANDRA, CAMILA, AMANDA, BRUNA, JÉSSICA, LETÍCIA, JÚLIA,
  LUCIANA, VANESSA, MÔNICA, CLÁUDIA, LÚCIA, GLÓRIA, LUÍZA, BEATRIZ, RAFAELA,
  TATIANE, DÉBORA, ÉRICA, SIMONE, ROSÂNGELA, VÂNIA, CÉLIA, INÊS, CONCEIÇÃO`);

const MALE_MIDDLE = list(`
  HENRIQUE, EDUARDO, ANTÔNIO, JOSÉ, CARLOS, AUGUSTO, GUSTAVO, RENATO`);
const FEMALE_MIDDLE = list(`
  APARECIDA, CRISTINA, PAULA, LUIZA, FERNANDA, VITÓRIA, HELENA, CECÍLIA`);

const SURNAMES = list(`
  SILVA, SANTOS, OLIVEIRA, SOUZA, RODRIGUES, FERREIRA, ALVES, PEREIRA, LIMA,
  GOMES, COSTA, RIBEIRO, MARTINS, CARVALHO, ARAÚJO, MELO, BARBOSA, ROCHA,
  DIAS, NASCIMENTO, ANDRADE, MOREIRA, NUNES, MARQUES, MACHADO, MENDES,
  FREITAS, CARDOSO, RAMOS, GONÇALVES, SANTANA, TEIXEIRA, SIMÕES, MAGALHÃES,
  CONCEIÇÃO, ASSUNÇÃO, FALCÃO, BRANDÃO, GUIMARÃES, LEÃO, ROMÃO, CAMARGO,
  PÁDUA, QUEIRÓS, GALVÃO, PIMENTEL, CAVALCANTI, BRAGA, FONSECA, VIEIRA`);

const CONNECTORS = ['DA', 'DE', 'DOS', 'DAS', 'DO'];
const SUFFIXES = ['FILHO', 'JÚNIOR', 'NETO', 'SOBRINHO'];

const PLACES = list(`
  SERRA VERDE, RIO DOCE, BOA VISTA, SÃO FRANCISCO, ESTRELA DO SUL,
  TRÊS PODERES, VALE DO AÇO, CAMPO BELO, NOVA ESPERANÇA, PLANALTO,
  IPÊ AMARELO, SANTA LUZIA, PARAÍSO, SÃO JOSÉ, CERRADO MINEIRO`);

const COMPANY_PATTERNS: ((place: string, surname: string) => string)[] = [
  (place) => `TRANSPORTES ${place} LTDA`,
  (_place, surname) => `${surname} & ${surname} LOGÍSTICA LTDA`,
  (_place, surname) => `COMÉRCIO DE CEREAIS ${surname} EIRELI`,
  (place) => `AUTO PEÇAS ${place} LTDA ME`,
  (place) => `${place} DISTRIBUIDORA DE ALIMENTOS S.A.`,
  (place) => `LOCADORA DE VEÍCULOS ${place} LTDA`,
  (place) => `CONSTRUTORA ${place} LTDA`,
];

/** A person's full name and the first name, for e-mail addresses. */
export interface PersonName {
  full: string;
  first: string;
  last: string;
}

/** An invented person's name: first, maybe middle, one or two surnames. */
export function makePersonName(random: Random): PersonName {
  const male = random.chance(0.5);
  const first = random.pick(male ? MALE : FEMALE);
  const parts = [first];
  if (random.chance(0.4)) {
    parts.push(random.pick(male ? MALE_MIDDLE : FEMALE_MIDDLE));
  }
  if (random.chance(0.3)) parts.push(random.pick(CONNECTORS));
  const surname = random.pick(SURNAMES);
  parts.push(surname);
  if (random.chance(0.6)) parts.push(anotherSurname(random, surname));
  if (random.chance(0.05)) parts.push(random.pick(SUFFIXES));
  const last = parts.filter((part) => SURNAMES.includes(part)).pop();
  return { full: parts.join(' '), first, last: last ?? first };
}

/** An invented company name (LTDA, EIRELI, S.A.). */
export function makeCompanyName(random: Random): string {
  const pattern = random.pick(COMPANY_PATTERNS);
  return pattern(random.pick(PLACES), random.pick(SURNAMES));
}

/** A surname to add after a marriage, different from the current last. */
export function anotherSurname(random: Random, current: string): string {
  const choices = SURNAMES.filter((surname) => !current.includes(surname));
  return random.pick(choices);
}

/** `JOSÉ` as `jose`: e-mail local parts carry no accents. */
export function asciiLower(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.');
}

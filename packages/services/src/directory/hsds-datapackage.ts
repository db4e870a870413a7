/**
 * The HSDS 3.0 tabular data package descriptor (Open Referral, `datapackage.json` of the
 * specification's branch 3.0, commit 279fd2eb; CC-BY-SA 4.0, see test-data/hsds/README.md),
 * reduced to what a reader needs: resource names and paths, field names in upstream order,
 * types, formats, required flags, primary and foreign keys. Generated from
 * test-data/hsds/datapackage.json; hsds-csv.db.test.ts checks it still matches field by field.
 */
export interface HsdsField {
  readonly name: string;
  readonly type: string;
  readonly format?: string;
  readonly constraints?: { readonly required: boolean };
}
export interface HsdsResource {
  readonly name: string;
  readonly path: string;
  readonly format: string;
  readonly mediatype: string;
  readonly encoding: string;
  readonly profile: string;
  readonly schema: {
    readonly primaryKey: string | null;
    readonly fields: readonly HsdsField[];
    readonly foreignKeys?: readonly {
      readonly fields: string;
      readonly reference: { readonly resource: string; readonly fields: string };
    }[];
  };
}

export const HSDS_DATAPACKAGE = {
  name: 'human_services_data',
  title: 'Human Services Data Specification',
  profile: 'tabular-data-package',
  version: '3.0.0',
  homepage: 'http://docs.openreferral.org',
  license: {
    url: 'https://creativecommons.org/licenses/by-sa/4.0/',
    type: 'CC-BY-SA-4.0',
    name: 'Creative Commons Attribution-ShareAlike 4.0',
  },
  resources: [
    {
      name: 'organization',
      path: 'organizations.csv',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      profile: 'tabular-data-resource',
      schema: {
        primaryKey: 'id',
        fields: [
          {
            name: 'id',
            type: 'string',
            format: 'uuid',
            constraints: {
              required: true,
            },
          },
          {
            name: 'name',
            type: 'string',
            constraints: {
              required: true,
            },
          },
          {
            name: 'alternate_name',
            type: 'string',
          },
          {
            name: 'description',
            type: 'string',
            constraints: {
              required: true,
            },
          },
          {
            name: 'email',
            type: 'string',
            format: 'email',
          },
          {
            name: 'website',
            type: 'string',
            format: 'uri',
          },
          {
            name: 'tax_status',
            type: 'string',
          },
          {
            name: 'tax_id',
            type: 'string',
          },
          {
            name: 'year_incorporated',
            type: 'number',
          },
          {
            name: 'legal_status',
            type: 'string',
          },
          {
            name: 'logo',
            type: 'string',
          },
          {
            name: 'uri',
            type: 'string',
            format: 'uri',
          },
          {
            name: 'parent_organization_id',
            type: 'string',
            format: 'uuid',
          },
        ],
      },
    },
    {
      name: 'program',
      path: 'programs.csv',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      profile: 'tabular-data-resource',
      schema: {
        primaryKey: 'id',
        fields: [
          {
            name: 'id',
            type: 'string',
            format: 'uuid',
            constraints: {
              required: true,
            },
          },
          {
            name: 'organization_id',
            type: 'string',
            format: 'uuid',
            constraints: {
              required: true,
            },
          },
          {
            name: 'name',
            type: 'string',
            constraints: {
              required: true,
            },
          },
          {
            name: 'alternate_name',
            type: 'string',
          },
          {
            name: 'description',
            type: 'string',
            constraints: {
              required: true,
            },
          },
        ],
        foreignKeys: [
          {
            fields: 'organization_id',
            reference: {
              resource: 'organization',
              fields: 'id',
            },
          },
        ],
      },
    },
    {
      name: 'service',
      path: 'services.csv',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      profile: 'tabular-data-resource',
      schema: {
        primaryKey: 'id',
        fields: [
          {
            name: 'id',
            type: 'string',
            format: 'uuid',
            constraints: {
              required: true,
            },
          },
          {
            name: 'organization_id',
            type: 'string',
            format: 'uuid',
            constraints: {
              required: true,
            },
          },
          {
            name: 'program_id',
            type: 'string',
            format: 'uuid',
          },
          {
            name: 'name',
            type: 'string',
            constraints: {
              required: true,
            },
          },
          {
            name: 'alternate_name',
            type: 'string',
          },
          {
            name: 'description',
            type: 'string',
          },
          {
            name: 'url',
            type: 'string',
            format: 'uri',
          },
          {
            name: 'email',
            type: 'string',
            format: 'email',
          },
          {
            name: 'status',
            type: 'string',
            constraints: {
              required: true,
            },
          },
          {
            name: 'interpretation_services',
            type: 'string',
          },
          {
            name: 'application_process',
            type: 'string',
          },
          {
            name: 'fees_description',
            type: 'string',
          },
          {
            name: 'wait_time',
            type: 'string',
          },
          {
            name: 'fees',
            type: 'string',
          },
          {
            name: 'accreditations',
            type: 'string',
          },
          {
            name: 'eligibility_description',
            type: 'string',
          },
          {
            name: 'minimum_age',
            type: 'number',
          },
          {
            name: 'maximum_age',
            type: 'number',
          },
          {
            name: 'assured_date',
            type: 'date',
          },
          {
            name: 'assurer_email',
            type: 'string',
            format: 'email',
          },
          {
            name: 'licenses',
            type: 'string',
          },
          {
            name: 'alert',
            type: 'string',
          },
          {
            name: 'last_modified',
            type: 'datetime',
          },
        ],
        foreignKeys: [
          {
            fields: 'organization_id',
            reference: {
              resource: 'organization',
              fields: 'id',
            },
          },
          {
            fields: 'program_id',
            reference: {
              resource: 'program',
              fields: 'id',
            },
          },
        ],
      },
    },
    {
      name: 'attribute',
      path: 'attributes.csv',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      profile: 'tabular-data-resource',
      schema: {
        primaryKey: 'id',
        fields: [
          {
            name: 'id',
            type: 'string',
            format: 'uuid',
            constraints: {
              required: true,
            },
          },
          {
            name: 'link_id',
            type: 'string',
            format: 'uuid',
            constraints: {
              required: true,
            },
          },
          {
            name: 'taxonomy_term_id',
            type: 'string',
            format: 'uuid',
            constraints: {
              required: true,
            },
          },
          {
            name: 'link_type',
            type: 'string',
          },
          {
            name: 'link_entity',
            type: 'string',
            constraints: {
              required: true,
            },
          },
          {
            name: 'value',
            type: 'string',
          },
        ],
        foreignKeys: [
          {
            fields: 'taxonomy_term_id',
            reference: {
              resource: 'taxonomy_term',
              fields: 'id',
            },
          },
        ],
      },
    },
    {
      name: 'service_at_location',
      path: 'service_at_location.csv',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      profile: 'tabular-data-resource',
      schema: {
        primaryKey: 'id',
        fields: [
          {
            name: 'id',
            type: 'string',
            format: 'uuid',
            constraints: {
              required: true,
            },
          },
          {
            name: 'service_id',
            type: 'string',
            format: 'uuid',
            constraints: {
              required: true,
            },
          },
          {
            name: 'location_id',
            type: 'string',
            format: 'uuid',
            constraints: {
              required: true,
            },
          },
          {
            name: 'description',
            type: 'string',
          },
        ],
        foreignKeys: [
          {
            fields: 'service_id',
            reference: {
              resource: 'service',
              fields: 'id',
            },
          },
          {
            fields: 'location_id',
            reference: {
              resource: 'location',
              fields: 'id',
            },
          },
        ],
      },
    },
    {
      name: 'location',
      path: 'locations.csv',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      profile: 'tabular-data-resource',
      schema: {
        primaryKey: 'id',
        fields: [
          {
            name: 'id',
            type: 'string',
            format: 'uuid',
            constraints: {
              required: true,
            },
          },
          {
            name: 'location_type',
            type: 'string',
            constraints: {
              required: true,
            },
          },
          {
            name: 'url',
            type: 'string',
            format: 'uri',
          },
          {
            name: 'organization_id',
            type: 'string',
            format: 'uuid',
          },
          {
            name: 'name',
            type: 'string',
          },
          {
            name: 'alternate_name',
            type: 'string',
          },
          {
            name: 'description',
            type: 'string',
          },
          {
            name: 'transportation',
            type: 'string',
          },
          {
            name: 'latitude',
            type: 'number',
          },
          {
            name: 'longitude',
            type: 'number',
          },
          {
            name: 'external_identifier',
            type: 'string',
          },
          {
            name: 'external_identifier_type',
            type: 'string',
          },
        ],
        foreignKeys: [
          {
            fields: 'organization_id',
            reference: {
              resource: 'organization',
              fields: 'id',
            },
          },
        ],
      },
    },
    {
      name: 'phone',
      path: 'phones.csv',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      profile: 'tabular-data-resource',
      schema: {
        primaryKey: 'id',
        fields: [
          {
            name: 'id',
            type: 'string',
            format: 'uuid',
            constraints: {
              required: true,
            },
          },
          {
            name: 'location_id',
            type: 'string',
            format: 'uuid',
          },
          {
            name: 'service_id',
            type: 'string',
            format: 'uuid',
          },
          {
            name: 'organization_id',
            type: 'string',
            format: 'uuid',
          },
          {
            name: 'contact_id',
            type: 'string',
            format: 'uuid',
          },
          {
            name: 'service_at_location_id',
            type: 'string',
            format: 'uuid',
          },
          {
            name: 'number',
            type: 'string',
            constraints: {
              required: true,
            },
          },
          {
            name: 'extension',
            type: 'number',
          },
          {
            name: 'type',
            type: 'string',
          },
          {
            name: 'description',
            type: 'string',
          },
        ],
        foreignKeys: [
          {
            fields: 'contact_id',
            reference: {
              resource: 'contact',
              fields: 'id',
            },
          },
          {
            fields: 'location_id',
            reference: {
              resource: 'location',
              fields: 'id',
            },
          },
          {
            fields: 'organization_id',
            reference: {
              resource: 'organization',
              fields: 'id',
            },
          },
          {
            fields: 'service_id',
            reference: {
              resource: 'service',
              fields: 'id',
            },
          },
          {
            fields: 'service_at_location_id',
            reference: {
              resource: 'service_at_location',
              fields: 'id',
            },
          },
        ],
      },
    },
    {
      name: 'contact',
      path: 'contacts.csv',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      profile: 'tabular-data-resource',
      schema: {
        primaryKey: 'id',
        fields: [
          {
            name: 'id',
            type: 'string',
            format: 'uuid',
            constraints: {
              required: true,
            },
          },
          {
            name: 'organization_id',
            type: 'string',
            format: 'uuid',
          },
          {
            name: 'service_id',
            type: 'string',
            format: 'uuid',
          },
          {
            name: 'service_at_location_id',
            type: 'string',
            format: 'uuid',
          },
          {
            name: 'location_id',
            type: 'string',
            format: 'uuid',
          },
          {
            name: 'name',
            type: 'string',
          },
          {
            name: 'title',
            type: 'string',
          },
          {
            name: 'department',
            type: 'string',
          },
          {
            name: 'email',
            type: 'string',
            format: 'email',
          },
        ],
        foreignKeys: [
          {
            fields: 'location_id',
            reference: {
              resource: 'location',
              fields: 'id',
            },
          },
          {
            fields: 'organization_id',
            reference: {
              resource: 'organization',
              fields: 'id',
            },
          },
          {
            fields: 'service_id',
            reference: {
              resource: 'service',
              fields: 'id',
            },
          },
          {
            fields: 'service_at_location_id',
            reference: {
              resource: 'service_at_location',
              fields: 'id',
            },
          },
        ],
      },
    },
    {
      name: 'address',
      path: 'addresses.csv',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      profile: 'tabular-data-resource',
      schema: {
        primaryKey: 'id',
        fields: [
          {
            name: 'id',
            type: 'string',
            format: 'uuid',
            constraints: {
              required: true,
            },
          },
          {
            name: 'location_id',
            type: 'string',
            format: 'uuid',
          },
          {
            name: 'attention',
            type: 'string',
          },
          {
            name: 'address_1',
            type: 'string',
            constraints: {
              required: true,
            },
          },
          {
            name: 'address_2',
            type: 'string',
          },
          {
            name: 'city',
            type: 'string',
            constraints: {
              required: true,
            },
          },
          {
            name: 'region',
            type: 'string',
          },
          {
            name: 'state_province',
            type: 'string',
            constraints: {
              required: true,
            },
          },
          {
            name: 'postal_code',
            type: 'string',
            constraints: {
              required: true,
            },
          },
          {
            name: 'country',
            type: 'string',
            constraints: {
              required: true,
            },
          },
          {
            name: 'address_type',
            type: 'string',
            constraints: {
              required: true,
            },
          },
        ],
        foreignKeys: [
          {
            fields: 'location_id',
            reference: {
              resource: 'location',
              fields: 'id',
            },
          },
        ],
      },
    },
    {
      name: 'schedule',
      path: 'schedules.csv',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      profile: 'tabular-data-resource',
      schema: {
        primaryKey: 'id',
        fields: [
          {
            name: 'id',
            type: 'string',
            format: 'uuid',
            constraints: {
              required: true,
            },
          },
          {
            name: 'service_id',
            type: 'string',
            format: 'uuid',
          },
          {
            name: 'location_id',
            type: 'string',
            format: 'uuid',
          },
          {
            name: 'service_at_location_id',
            type: 'string',
            format: 'uuid',
          },
          {
            name: 'valid_from',
            type: 'date',
          },
          {
            name: 'valid_to',
            type: 'date',
          },
          {
            name: 'dtstart',
            type: 'date',
          },
          {
            name: 'timezone',
            type: 'number',
          },
          {
            name: 'until',
            type: 'date',
          },
          {
            name: 'count',
            type: 'number',
          },
          {
            name: 'wkst',
            type: 'string',
          },
          {
            name: 'freq',
            type: 'string',
          },
          {
            name: 'interval',
            type: 'number',
          },
          {
            name: 'byday',
            type: 'string',
          },
          {
            name: 'byweekno',
            type: 'string',
          },
          {
            name: 'bymonthday',
            type: 'string',
          },
          {
            name: 'byyearday',
            type: 'string',
          },
          {
            name: 'description',
            type: 'string',
          },
          {
            name: 'opens_at',
            type: 'time',
          },
          {
            name: 'closes_at',
            type: 'time',
          },
          {
            name: 'schedule_link',
            type: 'string',
            format: 'uri',
          },
          {
            name: 'attending_type',
            type: 'string',
          },
          {
            name: 'notes',
            type: 'string',
          },
        ],
        foreignKeys: [
          {
            fields: 'location_id',
            reference: {
              resource: 'location',
              fields: 'id',
            },
          },
          {
            fields: 'service_id',
            reference: {
              resource: 'service',
              fields: 'id',
            },
          },
          {
            fields: 'service_at_location_id',
            reference: {
              resource: 'service_at_location',
              fields: 'id',
            },
          },
        ],
      },
    },
    {
      name: 'funding',
      path: 'funding.csv',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      profile: 'tabular-data-resource',
      schema: {
        primaryKey: 'id',
        fields: [
          {
            name: 'id',
            type: 'string',
            format: 'uuid',
            constraints: {
              required: true,
            },
          },
          {
            name: 'organization_id',
            type: 'string',
            format: 'uuid',
          },
          {
            name: 'service_id',
            type: 'string',
            format: 'uuid',
          },
          {
            name: 'source',
            type: 'string',
          },
        ],
        foreignKeys: [
          {
            fields: 'organization_id',
            reference: {
              resource: 'organization',
              fields: 'id',
            },
          },
          {
            fields: 'service_id',
            reference: {
              resource: 'service',
              fields: 'id',
            },
          },
        ],
      },
    },
    {
      name: 'service_area',
      path: 'service_areas.csv',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      profile: 'tabular-data-resource',
      schema: {
        primaryKey: 'id',
        fields: [
          {
            name: 'id',
            type: 'string',
            format: 'uuid',
            constraints: {
              required: true,
            },
          },
          {
            name: 'service_id',
            type: 'string',
            format: 'uuid',
          },
          {
            name: 'name',
            type: 'string',
          },
          {
            name: 'description',
            type: 'string',
          },
          {
            name: 'extent',
            type: 'string',
          },
          {
            name: 'extent_type',
            type: 'string',
          },
          {
            name: 'uri',
            type: 'string',
          },
        ],
        foreignKeys: [
          {
            fields: 'service_id',
            reference: {
              resource: 'service',
              fields: 'id',
            },
          },
        ],
      },
    },
    {
      name: 'required_document',
      path: 'required_documents.csv',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      profile: 'tabular-data-resource',
      schema: {
        primaryKey: 'id',
        fields: [
          {
            name: 'id',
            type: 'string',
            format: 'uuid',
            constraints: {
              required: true,
            },
          },
          {
            name: 'service_id',
            type: 'string',
            format: 'uuid',
          },
          {
            name: 'document',
            type: 'string',
          },
          {
            name: 'uri',
            type: 'string',
            format: 'uri',
          },
        ],
        foreignKeys: [
          {
            fields: 'service_id',
            reference: {
              resource: 'service',
              fields: 'id',
            },
          },
        ],
      },
    },
    {
      name: 'language',
      path: 'languages.csv',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      profile: 'tabular-data-resource',
      schema: {
        primaryKey: 'id',
        fields: [
          {
            name: 'id',
            type: 'string',
            format: 'uuid',
            constraints: {
              required: true,
            },
          },
          {
            name: 'service_id',
            type: 'string',
            format: 'uuid',
          },
          {
            name: 'location_id',
            type: 'string',
            format: 'uuid',
          },
          {
            name: 'phone_id',
            type: 'string',
            format: 'uuid',
          },
          {
            name: 'name',
            type: 'string',
          },
          {
            name: 'code',
            type: 'string',
          },
          {
            name: 'note',
            type: 'string',
          },
        ],
        foreignKeys: [
          {
            fields: 'location_id',
            reference: {
              resource: 'location',
              fields: 'id',
            },
          },
          {
            fields: 'phone_id',
            reference: {
              resource: 'phone',
              fields: 'id',
            },
          },
          {
            fields: 'service_id',
            reference: {
              resource: 'service',
              fields: 'id',
            },
          },
        ],
      },
    },
    {
      name: 'accessibility',
      path: 'accessibility.csv',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      profile: 'tabular-data-resource',
      schema: {
        primaryKey: 'id',
        fields: [
          {
            name: 'id',
            type: 'string',
            format: 'uuid',
            constraints: {
              required: true,
            },
          },
          {
            name: 'location_id',
            type: 'string',
            format: 'uuid',
          },
          {
            name: 'description',
            type: 'string',
          },
          {
            name: 'details',
            type: 'string',
          },
          {
            name: 'url',
            type: 'string',
            format: 'uri',
          },
        ],
        foreignKeys: [
          {
            fields: 'location_id',
            reference: {
              resource: 'location',
              fields: 'id',
            },
          },
        ],
      },
    },
    {
      name: 'taxonomy_term',
      path: 'taxonomy_terms.csv',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      profile: 'tabular-data-resource',
      schema: {
        primaryKey: 'id',
        fields: [
          {
            name: 'id',
            type: 'string',
            format: 'uuid',
            constraints: {
              required: true,
            },
          },
          {
            name: 'code',
            type: 'string',
          },
          {
            name: 'name',
            type: 'string',
            constraints: {
              required: true,
            },
          },
          {
            name: 'description',
            type: 'string',
            constraints: {
              required: true,
            },
          },
          {
            name: 'parent_id',
            type: 'string',
            format: 'uuid',
          },
          {
            name: 'taxonomy',
            type: 'string',
          },
          {
            name: 'language',
            type: 'string',
          },
          {
            name: 'taxonomy_id',
            type: 'string',
            format: 'uuid',
          },
          {
            name: 'term_uri',
            type: 'string',
            format: 'uri',
          },
        ],
        foreignKeys: [
          {
            fields: 'taxonomy_id',
            reference: {
              resource: 'taxonomy',
              fields: 'id',
            },
          },
        ],
      },
    },
    {
      name: 'metadata',
      path: 'metadata.csv',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      profile: 'tabular-data-resource',
      schema: {
        primaryKey: 'id',
        fields: [
          {
            name: 'id',
            type: 'string',
            format: 'uuid',
            constraints: {
              required: true,
            },
          },
          {
            name: 'resource_id',
            type: 'string',
            format: 'uuid',
            constraints: {
              required: true,
            },
          },
          {
            name: 'resource_type',
            type: 'string',
            constraints: {
              required: true,
            },
          },
          {
            name: 'last_action_date',
            type: 'date',
            constraints: {
              required: true,
            },
          },
          {
            name: 'last_action_type',
            type: 'string',
            constraints: {
              required: true,
            },
          },
          {
            name: 'field_name',
            type: 'string',
            constraints: {
              required: true,
            },
          },
          {
            name: 'previous_value',
            type: 'string',
            constraints: {
              required: true,
            },
          },
          {
            name: 'replacement_value',
            type: 'string',
            constraints: {
              required: true,
            },
          },
          {
            name: 'updated_by',
            type: 'string',
            constraints: {
              required: true,
            },
          },
        ],
      },
    },
    {
      name: 'meta_table_description',
      path: 'meta_table_descriptions.csv',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      profile: 'tabular-data-resource',
      schema: {
        primaryKey: 'id',
        fields: [
          {
            name: 'id',
            type: 'string',
            format: 'uuid',
            constraints: {
              required: true,
            },
          },
          {
            name: 'name',
            type: 'string',
          },
          {
            name: 'language',
            type: 'string',
          },
          {
            name: 'character_set',
            type: 'string',
          },
        ],
      },
    },
    {
      name: 'cost_option',
      path: 'cost_options.csv',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      profile: 'tabular-data-resource',
      schema: {
        primaryKey: 'id',
        fields: [
          {
            name: 'id',
            type: 'string',
            format: 'uuid',
            constraints: {
              required: true,
            },
          },
          {
            name: 'service_id',
            type: 'string',
            format: 'uuid',
            constraints: {
              required: true,
            },
          },
          {
            name: 'valid_from',
            type: 'date',
          },
          {
            name: 'valid_to',
            type: 'date',
          },
          {
            name: 'option',
            type: 'string',
          },
          {
            name: 'currency',
            type: 'string',
          },
          {
            name: 'amount',
            type: 'number',
          },
          {
            name: 'amount_description',
            type: 'string',
          },
        ],
        foreignKeys: [
          {
            fields: 'service_id',
            reference: {
              resource: 'service',
              fields: 'id',
            },
          },
        ],
      },
    },
    {
      name: 'organization_identifier',
      path: 'organization_identifiers.csv',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      profile: 'tabular-data-resource',
      schema: {
        primaryKey: 'id',
        fields: [
          {
            name: 'id',
            type: 'string',
            format: 'uuid',
            constraints: {
              required: true,
            },
          },
          {
            name: 'organization_id',
            type: 'string',
            format: 'uuid',
            constraints: {
              required: true,
            },
          },
          {
            name: 'identifier_scheme',
            type: 'string',
          },
          {
            name: 'identifier_type',
            type: 'string',
            constraints: {
              required: true,
            },
          },
          {
            name: 'identifier',
            type: 'string',
            constraints: {
              required: true,
            },
          },
        ],
        foreignKeys: [
          {
            fields: 'organization_id',
            reference: {
              resource: 'organization',
              fields: 'id',
            },
          },
        ],
      },
    },
    {
      name: 'taxonomy',
      path: 'taxonomies.csv',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      profile: 'tabular-data-resource',
      schema: {
        primaryKey: 'id',
        fields: [
          {
            name: 'id',
            type: 'string',
            format: 'uuid',
            constraints: {
              required: true,
            },
          },
          {
            name: 'name',
            type: 'string',
            constraints: {
              required: true,
            },
          },
          {
            name: 'description',
            type: 'string',
            constraints: {
              required: true,
            },
          },
          {
            name: 'uri',
            type: 'string',
            format: 'uri',
          },
          {
            name: 'version',
            type: 'string',
          },
        ],
      },
    },
  ],
} as const satisfies { readonly resources: readonly HsdsResource[] } & Record<string, unknown>;

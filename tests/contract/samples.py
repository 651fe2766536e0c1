"""Sample payloads quoted in the API reference (shared/reference/itglue-api.md §7 and §10), kept verbatim.

Each constant names its source in the reference. They are real (anonymised) responses from public fixtures and issue
threads; the contract tests prove the generated models read them and write back the same wire keys.
"""

from typing import Any

# §10, index response (users), from a Go client's fixture users_test.go.
USERS_LIST: dict[str, Any] = {
    "data": [
        {
            "id": "1",
            "type": "users",
            "attributes": {
                "first-name": "Test",
                "last-name": "User 1",
                "name": "Test User 1",
                "role-name": "Lite",
                "email": "testuser1@example.com",
                "reputation": 1,
                "created-at": "2019-05-21T03:18:36.000Z",
                "updated-at": "2019-05-21T03:18:36.000Z",
                "my-glue-account-id": None,
                "avatar": "",
                "my-glue": False,
            },
        }
    ],
    "meta": {
        "current-page": 1,
        "next-page": None,
        "prev-page": None,
        "total-pages": 1,
        "total-count": 2,
        "filters": {},
    },
}

# §10, contact (IT Glue documentation sample data), ContactsSingle.json.
CONTACT_SINGLE: dict[str, Any] = {
    "data": {
        "id": "72",
        "type": "contacts",
        "attributes": {
            "organization-id": 2,
            "organization-name": "Happy Frog",
            "name": "Robert Storts",
            "first-name": "Robert",
            "last-name": "Storts",
            "title": "Director of IT",
            "contact-type-id": 24,
            "contact-type-name": "Approver",
            "location-id": None,
            "important": None,
            "notes": None,
            "contact-emails": [{"value": "robert@happyfrog.com", "primary": True, "label-name": "Work"}],
            "contact-phones": [
                {
                    "value": "4155552156",
                    "extension": None,
                    "primary": True,
                    "label-name": "Work",
                    "label-type": "phone",
                    "formatted-value": "(415) 555-2156",
                }
            ],
        },
        "relationships": {"attachments": {"data": [{"id": "1", "type": "attachments"}]}},
    }
}

# §10, password show with its value revealed, passwords_test.go.
PASSWORD_SHOW: dict[str, Any] = {
    "data": {
        "id": "123456",
        "type": "passwords",
        "attributes": {
            "organization-id": 123456,
            "organization-name": "EXAMPLE ORG",
            "restricted": True,
            "my-glue": False,
            "name": "NAME",
            "username": "USERNAME",
            "password-category-id": 12345,
            "password-category-name": "TEST CATEGORY",
            "otp-enabled": False,
            "password-folder-id": None,
            "vault-id": None,
            "archived": False,
            "password": "EXAMPLE_PASSWORD",
        },
        "relationships": {},
    }
}

# §10, flexible asset with a tag trait, flexible-assets_test.go.
FLEXIBLE_ASSET: dict[str, Any] = {
    "id": "1",
    "type": "flexible-assets",
    "attributes": {
        "organization-id": 1,
        "flexible-asset-type-id": 1,
        "flexible-asset-type-name": "Example 1",
        "name": "test",
        "traits": {
            "trait-1": "test",
            "trait-4": 1,
            "trait-5": {
                "type": "FlexibleAssetTypes",
                "values": [{"resource-url": "https://example.com", "id": 1, "name": "Example 2"}],
            },
        },
        "archived": False,
    },
    "relationships": {},
}

# §10, flexible asset field, flexible-asset-fields_test.go.
FLEXIBLE_ASSET_FIELD: dict[str, Any] = {
    "id": "2",
    "type": "flexible-asset-fields",
    "attributes": {
        "order": 2,
        "name": "Name 2",
        "kind": "Tag",
        "hint": None,
        "decimals": 0,
        "tag-type": "name-2",
        "required": False,
        "use-for-title": False,
        "expiration": False,
        "show-in-list": False,
        "name-key": "name-2",
        "flexible-asset-type-id": 2,
        "default-value": None,
    },
    "relationships": {"flexible-asset-type": {"data": {"id": "2", "type": "flexible-asset-types"}}},
}

# §10, user metrics list links as a fixture shows them (empty strings).
USER_METRICS_LINKS: dict[str, Any] = {"self": "", "next": "", "last": ""}

# §10, bulk delete request sent by an IT Glue support script.
ORGANIZATIONS_BULK_DELETE: dict[str, Any] = {"data": {"type": "organizations", "attributes": {"id": "4321"}}}

# §7, error bodies.
ERROR_PASSWORD_WITHOUT_ORGANIZATION: dict[str, Any] = {
    "errors": [
        {
            "status": 422,
            "title": "Valid organization_id is required",
            "source": {"pointer": "data/attributes/organization_id"},
        }
    ]
}
ERROR_CONFIGURATION_WITHOUT_TYPE: dict[str, Any] = {
    "errors": [
        {
            "source": {"pointer": "/data/attributes/configuration-type"},
            "detail": "must exist",
            "title": "Unprocessable Entity",
            "status": 422,
        }
    ]
}
ERROR_UNAUTHORIZED: dict[str, Any] = {
    "errors": [
        {
            "status": 401,
            "title": "Unauthorized",
            "detail": "Unauthorized resource access",
            "source": {"pointer": "id"},
        }
    ]
}
ERROR_FLEXIBLE_ASSETS_WITHOUT_TYPE: dict[str, Any] = {
    "errors": [
        {
            "status": 422,
            "title": "Cannot index flexible assets without providing a flexible asset type ID filter",
            "source": {"pointer": None},
        }
    ]
}
GATEWAY_FORBIDDEN: dict[str, Any] = {"message": "Forbidden"}

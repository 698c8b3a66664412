import "@testing-library/jest-dom";
import "./customFunctionsShim";
